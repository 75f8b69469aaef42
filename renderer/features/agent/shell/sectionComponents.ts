import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { SECTIONS, type SectionProps } from '../sections';

/** One lazy component per section, created once at module load so React keeps section state. */
export const SECTION_COMPONENTS: ReadonlyMap<
  string,
  LazyExoticComponent<ComponentType<SectionProps>>
> = new Map(SECTIONS.map((section) => [section.id, lazy(section.load)]));
