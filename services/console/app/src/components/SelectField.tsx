import { ReactNode } from 'react';

export interface Choice {
  value: string | number;
  label: string;
}

/** The `<option>`s of a list of choices. */
export const Options = ({ choices }: { choices: Choice[] }) => (
  <>
    {choices.map((choice) => (
      <option key={choice.value} value={choice.value}>
        {choice.label}
      </option>
    ))}
  </>
);

/** A drop-down with its label (the label's `for` names it to screen readers); `children` are its options. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  className,
  children,
}: {
  id: string;
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  /** The row's class ("field" in forms). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}
