import { useState } from 'react';
import { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { KitSchema, useKitForm } from '../../../shared/forms';

/** One kind of record to edit: its checks, its values in the form, and someone else's version from a failed save. */
export interface VersionedKind<S extends KitSchema, C extends { version: number }> {
  schema: S;
  valuesOf: (record: C) => z.input<S>;
  /** The version someone else saved meanwhile, from the API's CONFLICT answer; null for any other failure. */
  theirsOf: (error: unknown) => C | null;
}

export interface VersionedEditOptions<S extends KitSchema, C extends { version: number }> {
  /** The version the person opened. */
  opened: C;
  kind: VersionedKind<S, C>;
}

/**
 * Editing one record against the version that was opened. When someone else
 * saved in the meantime, their version is kept to show (`theirs`) and the
 * person's own input stays: saving again saves over theirs, or the person
 * starts again from theirs.
 */
export function useVersionedEdit<S extends KitSchema, C extends { version: number }>({
  opened,
  kind: { schema, valuesOf, theirsOf },
}: VersionedEditOptions<S, C>) {
  // What the edit started from: the opened version, or theirs once the person starts again from it.
  const [started, setStarted] = useState(() => valuesOf(opened));
  const kit = useKitForm({ schema, defaultValues: started as DefaultValues<z.input<S>> });
  const [version, setVersion] = useState(opened.version);
  const [theirs, setTheirs] = useState<C | null>(null);

  /** For the kit's `onFailure`: true when the failure was their newer version, now shown. */
  const theirsArrived = (error: unknown): boolean => {
    const current = theirsOf(error);
    if (!current) return false;
    setTheirs(current);
    // Saving again means: over their version, which this person has now seen.
    setVersion(current.version);
    return true;
  };

  const startFromTheirs = () => {
    if (!theirs) return;
    const values = valuesOf(theirs);
    setStarted(values);
    kit.form.reset(values);
    setTheirs(null);
  };

  return { kit, version, started, theirs, theirsArrived, startFromTheirs };
}
