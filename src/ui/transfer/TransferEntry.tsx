// Placeholder until the import/export screen lands (this session): the route exists so App compiles.
export function TransferEntry() {
  return null;
}
