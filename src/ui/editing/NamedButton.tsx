import type { ComponentChildren } from 'preact';

interface Props {
  /** What the button does, as seen: "Edit". */
  children: ComponentChildren;
  /** What it does it to, for screen readers in a list of many: "Edit Drop-in centre". */
  name: string;
  nameLang?: string | undefined;
  onClick: () => void;
  primary?: boolean;
}

/** A button in a list whose word ("Edit") says what, and whose hidden words say which one. */
export function NamedButton({ children, name, nameLang, onClick, primary }: Props) {
  return (
    <button type="button" class={primary ? undefined : 'secondary'} onClick={onClick}>
      {children}
      <span class="visually-hidden" lang={nameLang}>
        {' '}
        {name}
      </span>
    </button>
  );
}
