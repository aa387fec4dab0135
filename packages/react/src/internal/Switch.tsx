import type { ReactElement } from 'react';

/** Props of {@link Switch}. */
export interface SwitchProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Id of the element that describes the switch, if any. */
  describedBy?: string | undefined;
}

/** A native checkbox exposed as a switch (R26 4.1.2: name and state); labelled by a `<label for>`. */
export function Switch({ id, checked, onChange, describedBy }: SwitchProps): ReactElement {
  return (
    <input
      id={id}
      type="checkbox"
      // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox exposes its checked state itself; ARIA in HTML forbids aria-checked on it
      role="switch"
      className="ic-switch"
      checked={checked}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
