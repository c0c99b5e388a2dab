/**
 * The same text in storage of its own. A string cut from a decoded part (`xml.slice`) may keep the
 * whole part alive in a JavaScript engine for as long as the piece lives: a unit's name kept in a
 * report, or a label remembered by a cache, would hold on to its workbook's shared strings or
 * sheet XML, and the 3,321 workbooks of a national consolidation to hundreds of MB. Slicing a
 * one-character-longer concatenation makes the engine first copy the text into a new string
 * (V8 flattens the concatenation), so what is kept refers to that copy only; in any engine the
 * value is the same text. Short texts are copied by engines anyway.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
