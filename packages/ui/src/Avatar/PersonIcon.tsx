/** The last fallback of an avatar: a neutral person silhouette in the text colour. */
export function PersonIcon() {
  return (
    <svg className="pk-avatar__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 12.5a4.25 4.25 0 1 0 0-8.5 4.25 4.25 0 0 0 0 8.5Zm0 1.75c-3.9 0-7.5 2.02-7.5 4.75 0 .83.67 1.5 1.5 1.5h12c.83 0 1.5-.67 1.5-1.5 0-2.73-3.6-4.75-7.5-4.75Z"
      />
    </svg>
  )
}
