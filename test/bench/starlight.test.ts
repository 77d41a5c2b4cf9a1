import { expect, test } from 'vitest';
import { reportMarkdown } from '../../src/bench/starlight.ts';

test('a report becomes Markdown: its title, headings at their level, each line a paragraph, no markup', () => {
  const mdx = [
    '---',
    '{"title": "徐汇区2014年政府工作报告: 全文"}',
    '---',
    '',
    '<Front>',
    '  <Line>政府工作报告(2014年)</Line>',
    '</Front>',
    '',
    '<Part block="s1" kind="part" role="review">',
    '  <H id="s1" level={2}>一、2013年工作回顾</H>',
    '',
    '  <P id="s1-p1">生产总值<Metric id="m1">1095亿元</Metric>,<Term id="shierwu">十二五</Term>开局。</P>',
    '  <Section section="s1-1">',
    '    <H id="s1-1" level={3}>(一)注重发展</H>',
    '  </Section>',
    '</Part>',
    '',
  ].join('\n');
  expect(reportMarkdown(mdx, 'x.mdx')).toBe(
    '---\ntitle: "徐汇区2014年政府工作报告: 全文"\n---\n\n政府工作报告(2014年)\n\n## 一、2013年工作回顾\n\n生产总值1095亿元,十二五开局。\n\n### (一)注重发展\n',
  );
});

test('a file without a title is refused naming it', () => {
  expect(() => reportMarkdown('---\n{}\n---\ntext\n', 'content/x.mdx')).toThrow('content/x.mdx: no title');
});
