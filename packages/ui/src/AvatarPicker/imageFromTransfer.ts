/** The first file in a drop or paste, if any: what the picker crops. */
export function imageFromTransfer(data: DataTransfer | null): File | undefined {
  if (!data) return undefined
  const [file] = data.files
  if (file) return file
  for (const item of data.items) {
    const fromItem = item.kind === 'file' ? item.getAsFile() : null
    if (fromItem) return fromItem
  }
  return undefined
}

/** `true` while something being dragged carries files, so the picker may take the drop. */
export function carriesFiles(data: DataTransfer | null): boolean {
  return !!data && [...data.types].includes('Files')
}
