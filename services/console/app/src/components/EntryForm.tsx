import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem, Refusal } from '../api/coordination';

export interface Field {
  name: string;
  label: string;
  kind?: 'text' | 'date' | 'amount' | 'number' | 'textarea' | 'select';
  options?: Array<{ value: string; label: string }>;
  optional?: boolean;
  initial?: string;
}
export type Values = Record<string, string>;

/**
 * A screen's field maker: a field named after the command's body, labelled from the screen's catalogue entries
 * (`<prefix>.<name>`), so a form lists only what differs (its kind, options, initial value).
 */
export function useFields(prefix: string) {
  const { t } = useTranslation();
  return (name: string, kind?: Field['kind'], extra: Partial<Field> = {}): Field => ({
    name,
    label: t(`${prefix}.${name}`),
    kind,
    ...extra,
  });
}

/** Options that read as their values (organisation codes such as UNDP). */
export const plainOptions = (values: string[]) => values.map((value) => ({ value, label: value }));

/** A comma-separated field as the list the command wants ("a, b," → ["a", "b"]). */
export const commaList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** The service's refusal in its own words: the rule broken, and every bad field by its path. */
export function RefusalNote({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="refusal">
      <p>
        <strong>{t('entryForm.refused')}</strong> {problem.message}
      </p>
      {problem.problems && problem.problems.length > 0 && (
        <ul>
          {problem.problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A form of one command: labelled fields, one submit button. A refusal is shown where it happened — the rule
 * above the button and each field's problem under that field — never as a generic error.
 */
export function EntryForm({
  title,
  fields,
  submitLabel,
  onSubmit,
}: {
  title: string;
  fields: Field[];
  submitLabel: string;
  onSubmit: (values: Values) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(
      fields.map((f) => [f.name, f.initial ?? (f.kind === 'select' ? (f.options?.[0]?.value ?? '') : '')]),
    ),
  );
  const [problem, setProblem] = useState<Problem | undefined>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setDone(false);
    setProblem(undefined);
    try {
      await onSubmit(values);
      setDone(true);
    } catch (error) {
      setProblem(error instanceof Refusal ? error.problem : { statusCode: 0, message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const problemOf = (name: string) =>
    problem?.problems?.filter((p) => p.path === name || p.path.startsWith(`${name}.`) || p.path.startsWith(`${name}[`));

  return (
    <form className="entry" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {fields.map((field) => {
        // "field-": a field named like the heading's id (e.g. `title`) would otherwise take the heading's label.
        const inputId = `${id}-field-${field.name}`;
        const own = problemOf(field.name) ?? [];
        const common = {
          id: inputId,
          name: field.name,
          value: values[field.name],
          required: !field.optional,
          'aria-invalid': own.length > 0 || undefined,
          'aria-describedby': own.length > 0 ? `${inputId}-problem` : undefined,
          onChange: (event: { target: { value: string } }) =>
            setValues((v) => ({ ...v, [field.name]: event.target.value })),
        };
        return (
          <div className="field" key={field.name}>
            <label htmlFor={inputId}>
              {field.label}
              {field.optional ? ` ${t('entryForm.optional')}` : ''}
            </label>
            {field.kind === 'textarea' ? (
              <textarea {...common} rows={3} />
            ) : field.kind === 'select' ? (
              <select {...common}>
                {field.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type={field.kind === 'date' ? 'date' : 'text'}
                inputMode={field.kind === 'amount' ? 'decimal' : field.kind === 'number' ? 'numeric' : undefined}
              />
            )}
            {own.length > 0 && (
              <span id={`${inputId}-problem`} className="field-problem">
                {own.map((p) => p.message).join('; ')}
              </span>
            )}
          </div>
        );
      })}
      {problem && <RefusalNote problem={problem} />}
      {done && <p role="status">{t('entryForm.recorded')}</p>}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/**
 * The fields a user left empty are left out of the command (optional fields are absent, never ""). Typed as the
 * command's body: the form's fields are named after it, and the service checks every field and names each problem.
 */
export function filled<Body = Values>(values: Values): Body {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')) as Body;
}
