import Link from 'next/link';
import { BROWSE_DUE, BROWSE_STATES, type BrowseFilters } from '@/lib/browse/browse-filters';
import { CARD_FORMATS } from '@/lib/questions/card-schema';
import { SKILL_AREAS, formatSubtopicName } from '@/lib/questions/taxonomy';

const STATE_NAMES: Record<(typeof BROWSE_STATES)[number], string> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  relearning: 'Relearning',
  suspended: 'Suspended',
  retired: 'Retired from the banks',
};
const DUE_NAMES: Record<(typeof BROWSE_DUE)[number], string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Due within 7 days',
  later: 'Due after 7 days',
  unscheduled: 'Not scheduled (new)',
};
const SORT_NAMES = {
  due: 'Due date',
  added: 'Recently added',
  reviewed: 'Recently reviewed',
  lapses: 'Most lapses',
  difficulty: 'Hardest (FSRS difficulty)',
  stability: 'Weakest memory (stability)',
  id: 'Card id',
} as const;

function Select({ name, label, value, children }: { name: string; label: string; value: string | undefined; children: React.ReactNode }) {
  return (
    <label className="browse-filter">
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ''}>
        {children}
      </select>
    </label>
  );
}

/** A plain GET form: every search is a URL, so it can be bookmarked, shared and reloaded, with or without JS. */
export function BrowseForm({ filters }: { filters: BrowseFilters }) {
  const areas = filters.area ? SKILL_AREAS.filter((area) => area.id === filters.area) : SKILL_AREAS;
  return (
    <form className="browse-form" action="/browse" role="search">
      <div className="browse-search">
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder="Search prompts, answers, key points, options and code"
          aria-label="Search cards"
        />
        <button className="button primary" type="submit">
          Search
        </button>
      </div>
      <div className="browse-filters">
        <Select name="area" label="Area" value={filters.area}>
          <option value="">Any area</option>
          {SKILL_AREAS.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </Select>
        <Select name="subtopic" label="Subtopic" value={filters.subtopic}>
          <option value="">Any subtopic</option>
          {areas.map((area) => (
            <optgroup key={area.id} label={area.name}>
              {area.subtopics.map((subtopic) => (
                <option key={subtopic.id} value={subtopic.id}>
                  {formatSubtopicName(subtopic.id)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <Select name="level" label="Level" value={filters.level}>
          <option value="">Any level</option>
          <option value="E">Easy</option>
          <option value="M">Medium</option>
          <option value="H">Hard</option>
        </Select>
        <Select name="format" label="Format" value={filters.format}>
          <option value="">Any format</option>
          {CARD_FORMATS.map((format) => (
            <option key={format} value={format}>
              {format}
            </option>
          ))}
        </Select>
        <Select name="state" label="State" value={filters.state}>
          <option value="">Any state</option>
          {BROWSE_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_NAMES[state]}
            </option>
          ))}
        </Select>
        <Select name="due" label="Due" value={filters.due}>
          <option value="">Any time</option>
          {BROWSE_DUE.map((due) => (
            <option key={due} value={due}>
              {DUE_NAMES[due]}
            </option>
          ))}
        </Select>
        <Select name="origin" label="Cards" value={filters.origin}>
          <option value="">Banks and mine</option>
          <option value="bank">Question banks</option>
          <option value="personal">My own cards</option>
        </Select>
        <Select name="sort" label="Sort by" value={filters.sort}>
          <option value="">{filters.q ? 'Best match' : 'Due date'}</option>
          {Object.entries(SORT_NAMES).map(([sort, name]) => (
            <option key={sort} value={sort}>
              {name}
            </option>
          ))}
        </Select>
      </div>
      <p className="muted browse-reset">
        <Link href="/browse">Clear all filters</Link>
      </p>
    </form>
  );
}
