/** The one way to build a form in the web client: see docs/architecture.md, "Forms". */
export { useKitForm } from './use-kit-form';
export type { KitForm as KitFormState, KitSchema } from './use-kit-form';
export { KitForm } from './kit-form';
export { FormActions } from './form-actions';
export { FormProblemAlert } from './form-problem-alert';
export type { FormWideProblem, ProblemAudience } from './form-problem-alert';
export type { ErrorMessages, FieldReason } from './field-message';
export { TextField } from './fields/text-field';
export { TextareaField } from './fields/textarea-field';
export { SelectField } from './fields/select-field';
export type { SelectChoice } from './fields/select-field';
export { CheckboxGroupField } from './fields/checkbox-group-field';
export type { ChoiceOption } from './fields/checkbox-group-field';
export { RadioGroupField } from './fields/radio-group-field';
export { CheckboxField } from './fields/checkbox-field';
export { ChoiceFieldset } from './fields/choice-fieldset';
export * from './schema';
export type { FieldBinding } from './fields/field-binding';
