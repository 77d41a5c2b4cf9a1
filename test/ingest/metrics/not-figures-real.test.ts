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

/* Shapes read from the real corpus r610–r913 (session 8's audit). */

test('a year written with ○ for zero is a date, and a slogan\'s or a describing time no duration', () => {
  expect(texts('二○○七年政府工作回顾')).toEqual([]);
  expect(texts('围绕实施《珠三角规划纲要》“四年大发展”目标')).toEqual([]);
  expect(texts('围绕“两年翻一番,五年奔强县”的奋斗目标')).toEqual([]);
  expect(texts('结束了邓州15年没有上大型工业项目的历史')).toEqual([]);
  expect(texts('第一造纸厂搁置10年之久的1760长网纸机')).toEqual([]);
  expect(texts('——五年奋斗,坚持砥砺奋进')).toEqual([]);
  expect(texts('做好新一年政府工作,意义重大')).toEqual([]);
  // A term the work took is still measured.
  expect(texts('华山片区,历时三年,涉及23个村')).toEqual(['三年', '23个']);
});

test('counts of aims and campaigns, and a speech\'s parts, are not figures', () => {
  expect(texts('全力办好两件大事,圆满完成全年目标任务')).toEqual([]);
  expect(texts('科学统筹“发展”和“稳定”两个大局')).toEqual([]);
  expect(texts('“干部能力作风强化年”三个年活动')).toEqual([]);
  expect(texts('地区生产总值连上两个百亿级台阶,达到901亿元')).toEqual(['901亿元']);
  expect(texts('以邓小平理论和三个代表重要思想为指导')).toEqual([]);
  expect(texts('报告共分两部分:2017年工作回顾')).toEqual([]);
  // Ten promised tasks are still work counted.
  expect(texts('政府承诺的10件民生实事8件完成')).toEqual(['10件', '8件']);
});

test('places in a ranking and the field ranked in are not counts', () => {
  expect(texts('排名分别升至第49位和61位')).toEqual([]);
  expect(texts('市考核10项主要经济指标有5项排全市前3位')).toEqual([]);
  expect(texts('综合实力位列全国市辖区高质量榜单第46位,上升3位')).toEqual([]);
  expect(texts('在2012年全省县域综合考核前移73个位次')).toEqual([]);
  expect(texts('县域经济发展质量总体评价位居全省108个县(市)首位')).toEqual([]);
  expect(texts('跃居全国100个最具投资潜力城区第11位')).toEqual([]);
  expect(texts('固定资产投资比上年增长73.2%,两项增速排名全市第一')).toEqual(['73.2%']);
  expect(texts('谋划储备项目2281个、开工72个、竣工65个,连续8个季度位列项目考核第一')).toEqual(['2281个', '72个', '65个']);
  // People counted with 位 are still counted.
  expect(texts('引进院士3位')).toEqual(['3位']);
});

test('the size class of what is summed or counted is not a figure', () => {
  expect(texts('全县500万元以上固定资产投资完成25.66亿元')).toEqual(['25.66亿元']);
  expect(texts('已建成和在建的百万吨焦化项目8个、160万吨以上重介洗煤项目20个')).toEqual(['8个', '20个']);
  expect(texts('新增产值过10亿元的企业4家')).toEqual(['4家']);
  // At least so many projects is a count.
  expect(texts('推动2个以上片区更新项目')).toEqual(['2个']);
});

test('the people of a place (人民) are not people counted', () => {
  expect(texts('12月26日,全县33万人民梦寐以求在家门口坐上火车')).toEqual([]);
  expect(texts('望城顺利撤县设区,54万人民的城市梦想终成现实')).toEqual([]);
  expect(texts('新增就业8053人')).toEqual(['8053人']);
});
