/**
 * Numbers of real report text that are not the district's figures (test/real-corpus, texts
 * r001–r060 and r400–r460): each test quotes a line of a report that has the shape.
 */
import { expect, test } from 'vitest';
import { findFigures } from '../../../src/ingest/metrics/figures.ts';

const texts = (text: string) => findFigures(text).map((f) => f.text);

test('a session\'s attendance is not a figure', () => {
  expect(texts('大会应到人大代表246名,实到234名,符合法定人数。')).toEqual([]);
  expect(texts('本次大会应出席代表322名,出席大会代表305名,符合法定人数。')).toEqual([]);
  expect(texts('会议由县人大常委会主任李兴根主持,出席会议的代表共218 名,符合法定人数。')).toEqual([]);
  expect(texts('来自县内的162名代表汇聚一堂,庄严履行宪法和法律赋予的神圣职责。')).toEqual([]);
  expect(texts('王楼镇代表团积极组织团内14位代表按时参加此次大会,并认真听取各项报告。')).toEqual([]);
  // People counted at work stay figures.
  expect(texts('包括志愿者在内的1.8万人参与其中')).toEqual(['1.8万人']);
});

test('a streak, a plan\'s name, the last year of a plan and a describing time are not durations', () => {
  expect(texts('总量连续十三年全市第一,提前完成“十三五”总量目标')).toEqual([]);
  expect(texts('连续3年位列赛迪全国创新百强区前三')).toEqual([]);
  expect(texts('请连同《武昌区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》一并审议')).toEqual([]);
  expect(texts('累计引进内资322亿元,利用外资5.2亿美元,均是上一个五年的2.1倍')).toEqual(['322亿元', '5.2亿美元', '2.1倍']);
  expect(texts('2010年,是实施“十一五”规划的最后一年')).toEqual([]);
  expect(texts('是三年新冠疫情防控转段后经济恢复发展的一年')).toEqual([]);
  expect(texts('还清了40年的污染欠账')).toEqual([]);
  expect(texts('五年工作回顾')).toEqual([]);
  // A term of the work itself is measured.
  expect(texts('实施与临安青山湖科技城为期十年的战略协作')).toEqual(['十年']);
  expect(texts('提前两年完成')).toEqual(['两年']);
});

test('counts in a slogan, outline phrases and counted indicators are not figures', () => {
  expect(texts('紧盯盯紧“五个领跑、两个提升”〔2〕“十四五”奋斗目标')).toEqual([]);
  expect(texts('实现了“一个历史性跨越、三个标志性突破、七个系统性转变”')).toEqual([]);
  expect(texts('区政府紧紧围绕推进上海四个中心”建设宏伟目标')).toEqual([]);
  expect(texts('报告分三个部分:一是过去五年工作回顾')).toEqual([]);
  expect(texts('下面,我根据区委常委会研究的意见,讲四个方面的问题。')).toEqual([]);
  expect(texts('地区生产总值等7项经济指标增速排位全市“一方阵”')).toEqual([]);
  expect(texts('仅用4个多月提前完成起步区')).toEqual([]);
  expect(texts('搭建小额贷款、中小企业担保、自主创新三个资金服务平台')).toEqual(['三个']);
});

test('the size class of projects counted is not a figure; the count is', () => {
  expect(texts('签约亿元以上投资项目36个,引进30亿元以上现代服务业项目9个')).toEqual(['36个', '9个']);
  expect(texts('开工3000万元以上重大项目243个')).toEqual(['243个']);
  expect(texts('社会消费品零售总额1200亿元以上,增长8%')).toEqual(['1200亿元', '8%']);
});
