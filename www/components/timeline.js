// The core's picture of the dates (src/windows/timeline.rs), built node by node: the core hands a
// tree of { tag, attrs: [[name, value]], text?, children? }, never SVG text, so nothing is parsed
// and nothing in it can run.
//
//   box.replaceChildren(drawTimeline(timeline({ program, expires, eadExpires, today, lang })));
const SVG = "http://www.w3.org/2000/svg";

export function drawTimeline(node) {
  const el = document.createElementNS(SVG, node.tag);
  for (const [name, value] of node.attrs) el.setAttribute(name, value);
  if (node.text != null) el.textContent = node.text;
  for (const child of node.children ?? []) el.append(drawTimeline(child));
  return el;
}
