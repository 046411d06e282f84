/**
 * WCAG 2.x contrast measured on the rendered page: the colours the browser computed, with
 * translucent layers blended over what is behind them. For browser tests and stories only.
 */
type Rgba = [number, number, number, number]

function parse(colour: string): Rgba {
  const match = colour.match(/rgba?\(([^)]+)\)/)
  if (!match) throw new Error(`Cannot read the colour ${colour}`)
  const [r = 0, g = 0, b = 0, a = 1] = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number)
  return [r, g, b, a]
}

function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1]
}

/** The opaque colour behind `element`: its own background and its ancestors', blended. */
export function effectiveBackground(element: Element): Rgba {
  const layers: Rgba[] = []
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = parse(getComputedStyle(node).backgroundColor)
    if (colour[3] > 0) layers.push(colour)
    if (colour[3] >= 1) break
  }
  return layers.reduceRight<Rgba>((behind, layer) => over(layer, behind), [255, 255, 255, 1])
}

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
}

/** The contrast ratio of `element`'s text colour against what is behind it. */
export function textContrast(element: Element): number {
  const background = effectiveBackground(element)
  const text = over(parse(getComputedStyle(element).color), background)
  const [light, dark] = [luminance(text), luminance(background)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
