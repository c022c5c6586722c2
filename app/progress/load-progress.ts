import 'server-only';
import type { Db } from '@/db/connection';
import { getAreaVersions, getMockSubtopicScores, getStudiedCardsForProjection, getSubtopicProgress } from '@/db/queries/progress';
import { interviewHorizon } from '@/lib/readiness/interview-horizon';
import { type AreaProgress, buildProgressReport } from '@/lib/readiness/progress-report';
import { type InterviewModeRule, type Projection, projectCardGroups, projectNewCards } from '@/lib/readiness/project-recall';
import { type ProjectionCache, cachedProjections } from '@/lib/readiness/projection-cache';
import { type RecallModel, createRecallModel } from '@/lib/readiness/recall-model';
import { type AreaPlan, planArea, planFitsLimits } from '@/lib/readiness/study-plan';
import type { Settings } from '@/lib/settings/settings-schema';

export interface InterviewOutlook {
  date: string;
  daysLeft: number;
  target: number;
  plans: (AreaPlan & { name: string })[];
  fit: ReturnType<typeof planFitsLimits>;
}

/** Everything /progress shows: the report per area and, when an interview date is set, the outlook for that day. */
export function loadProgress(db: Db, settings: Settings, now: Date) {
  const report = buildProgressReport(getSubtopicProgress(db, now, settings.fsrsWeights), getMockSubtopicScores(db));
  return { report, interview: loadInterviewOutlook(db, settings, now, report) };
}

function loadInterviewOutlook(db: Db, settings: Settings, now: Date, report: AreaProgress[]): InterviewOutlook | null {
  if (!settings.interviewDate) return null;
  const grid = interviewHorizon(settings.interviewDate, now, settings.dayStartHour);
  if (!grid) return null;
  const covered = report.filter((area) => settings.interviewAreas.length === 0 || settings.interviewAreas.includes(area.id));
  const model = createRecallModel(settings.desiredRetention, settings.fsrsWeights);
  const interviewMode = settings.interviewMode ? { target: settings.targetRecall } : undefined;
  const projections = studiedProjections(db, settings, grid, covered.map((area) => area.id), model, interviewMode);
  const newCards = projectNewCards(model, grid.horizon, interviewMode);
  const plans = covered.map((area, index) => ({
    name: area.name,
    ...planArea(
      {
        area: area.id,
        cards: area.cards,
        unseen: area.cards - area.studied,
        // Recall now is the report's, computed this instant; the projection may be from earlier today.
        studied: { ...projections[index]!, recallByDay: [area.recallAll * area.cards, ...projections[index]!.recallByDay.slice(1)] },
      },
      newCards,
      settings.targetRecall,
      grid.horizon,
    ),
  }));
  return {
    date: settings.interviewDate,
    daysLeft: grid.horizon.interviewDay,
    target: settings.targetRecall,
    plans,
    fit: planFitsLimits(plans, settings),
  };
}

const projectionCaches = new WeakMap<Db, ProjectionCache>();

/**
 * The projections of the studied cards of `areaIds`. Simulating 100k cards takes a few hundred milliseconds, so
 * each area's projection is kept until one of its cards changes (its version), any setting changes (all of them
 * are in the key, so a setting added later cannot be forgotten), or the review day turns. A projection computed earlier today from the same cards differs from a new one only in when
 * today's overdue reviews are assumed to happen, a matter of hours against days to the interview.
 */
function studiedProjections(
  db: Db,
  settings: Settings,
  grid: NonNullable<ReturnType<typeof interviewHorizon>>,
  areaIds: string[],
  model: RecallModel,
  interviewMode: InterviewModeRule | undefined,
): Projection[] {
  let cache = projectionCaches.get(db);
  if (!cache) projectionCaches.set(db, (cache = new Map()));
  const versions = getAreaVersions(db);
  const inputs = `${grid.horizon.interviewDay}|${JSON.stringify(settings)}`; // interviewDay: one less each day
  const areas = areaIds.map((id) => ({ id, key: `${versions.get(id) ?? 0}|${inputs}` }));
  return cachedProjections(cache, areas, (stale) => {
    const studied = getStudiedCardsForProjection(db, stale, grid.toDays);
    return projectCardGroups(model, stale.map((id) => studied.get(id) ?? []), grid.horizon, interviewMode);
  });
}
