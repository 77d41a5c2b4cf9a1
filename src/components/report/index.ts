/** The components the report MDX is written in (see COMMON.md: Front, Line, Part, Section, H, P, Metric, Term, Damage). */
import Front from './Front.astro';
import Line from './Line.astro';
import Part from './Part.astro';
import Section from './Section.astro';
import H from './H.astro';
import P from './P.astro';
import Metric from './Metric.astro';
import Term from './Term.astro';
import Damage from './Damage.astro';

export const reportComponents = { Front, Line, Part, Section, H, P, Metric, Term, Damage };
