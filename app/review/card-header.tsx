import { formatSubtopicName, getArea } from '@/lib/questions/taxonomy';
import type { QueueItem } from '@/lib/srs/queue-item';

const LEVEL_NAMES = { E: 'Easy', M: 'Medium', H: 'Hard' } as const;

export function CardHeader({ item }: { item: Pick<QueueItem, 'area' | 'subtopic' | 'level'> & { isNew?: boolean } }) {
  return (
    <div className="card-header">
      <span className="tag">{getArea(item.area)?.name ?? item.area}</span>
      <span className="tag">{formatSubtopicName(item.subtopic)}</span>
      <span className="tag">{LEVEL_NAMES[item.level]}</span>
      {item.isNew && <span className="tag">New</span>}
    </div>
  );
}
