/**
 * The kind of report. A government work report says so (`政府工作报告`, `向大会作政府工作报告`,
 * `向大会报告工作`) or is given by a 区长/县长; a party committee report has the committee as the
 * subject of its opening (`上半年,区委全面贯彻…`) or is given by its 书记. Government markers win:
 * government reports mention 区委 too (`在市委、市政府和区委的领导下`).
 */
import type { ReportKind, SourceLine } from '../model.ts';
import { excerpt, found, squeeze, type Found } from './identify-text.ts';

const GOVERNMENT = /政府工作报告|向大会(?:作)?(?:政府工作)?报告工作|向大会作.{0,6}报告/;
/** 区委 opening a sentence (after an optional time phrase), followed by a verb, not `的`/`、`/`和`. */
const PARTY_SUBJECT =
  /(?:^|[。；;！!])\s*(?:(?:上半年|下半年|今年以来|一年来|过去一年|[0-9]{4}年)[,，]?\s*)?(?:中共)?[\u4e00-\u9fff]{0,8}?[区县]委(?![的、和与及,，员会])/;
const PARTY_TITLE = /[区县]委.{0,12}工作报告|^中共.{0,12}[区县]委/;

/** How far into the text the opening is looked for. */
const OPENING_LINES = 12;

export function readKind(
  lines: readonly SourceLine[],
  speakerTitle: string | undefined,
): Found<ReportKind> | undefined {
  const opening = lines.slice(0, OPENING_LINES);
  const government = opening.find((line) => GOVERNMENT.test(squeeze(line.text)));
  if (government) return found('government-work-report', government, excerpt(government, '报告'));
  if (speakerTitle && /[区县市]长$/.test(speakerTitle)) {
    return { value: 'government-work-report', source: 'inferred', evidence: `speaker is ${speakerTitle}` };
  }
  const partyTitle = opening.find((line) => PARTY_TITLE.test(squeeze(line.text)));
  if (partyTitle) return found('party-committee-report', partyTitle, excerpt(partyTitle, '委'));
  if (speakerTitle && /书记$/.test(speakerTitle)) {
    return { value: 'party-committee-report', source: 'inferred', evidence: `speaker is ${speakerTitle}` };
  }
  const subject = opening.find((line) => PARTY_SUBJECT.test(squeeze(line.text)));
  if (subject) return found('party-committee-report', subject, excerpt(subject, '委'));
  return undefined;
}
