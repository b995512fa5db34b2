import { useTe } from './words';

interface Props {
  label: string;
  /** Read by screen readers after the label, e.g. "(French)" for the French twin of a field. */
  suffix?: string | undefined;
  required?: boolean | undefined;
}

/** A field's label: its name, what only a screen reader needs to hear, and "required" in words. */
export function LabelText({ label, suffix, required }: Props) {
  const te = useTe();
  return (
    <>
      {label}
      {suffix && <span class="visually-hidden"> {suffix}</span>}
      {required && <span class="required"> ({te('ed.required')})</span>}
    </>
  );
}
