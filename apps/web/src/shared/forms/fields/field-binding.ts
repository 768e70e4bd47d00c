import { Control, FieldPath, FieldValues } from 'react-hook-form';

/**
 * Which form value a field shows and changes: the form's `control` and the
 * value's name, checked against the form's schema. `T` is what the form
 * holds as typed, `O` what its schema makes of it.
 */
export interface FieldBinding<T extends FieldValues, O extends FieldValues> {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
}
