import { CheckGroup, type CheckOption } from './CheckGroup';
import { getAt, useForm } from './formKit';

interface Props {
  path: string;
  id?: string;
  legend: string;
  help?: string;
  options: readonly CheckOption[];
  columns?: boolean;
  minor?: boolean;
}

/** Checkboxes over a list of values in the draft (delivery modes, communities, taxonomy ids…). */
export function ListChecks({ path, ...rest }: Props) {
  const form = useForm();
  const list = (getAt(form.draft, path) as string[] | undefined) ?? [];
  return (
    <CheckGroup
      path={path}
      {...rest}
      checked={(value) => list.includes(value)}
      onToggle={(value, on) =>
        form.set(path, on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value))
      }
    />
  );
}
