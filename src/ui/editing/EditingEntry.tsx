// Placeholder until the editing screens land (this session): the route exists so App compiles.
export function EditingEntry() {
  return null;
}
