// The element tree one XML record is collected into; a module of its own so that the limits the
// reader enforces (../limits.ts) can walk it without importing the reader back.
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  /** 1-based line where the element starts */
  line: number;
}
