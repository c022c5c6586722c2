import { SKILL_AREAS, formatSubtopicName } from '@/lib/questions/taxonomy';
import type { EditorArea } from './card-editor';

/** The areas and subtopics the editor offers, with display names. */
export function editorAreas(): EditorArea[] {
  return SKILL_AREAS.map((area) => ({
    id: area.id,
    name: area.name,
    subtopics: area.subtopics.map((subtopic) => ({ id: subtopic.id, name: formatSubtopicName(subtopic.id) })),
  }));
}
