import 'server-only';
import type { Db } from '@/db/connection';
import { getMockSubtopicScores, getStudiedCardsForProjection, getSubtopicProgress } from '@/db/queries/progress';
import { interviewHorizon } from '@/lib/readiness/interview-horizon';
import { type AreaProgress, buildProgressReport } from '@/lib/readiness/progress-report';
import { projectCardGroups, projectNewCards } from '@/lib/readiness/project-recall';
import { createRecallModel } from '@/lib/readiness/recall-model';
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
  const report = buildProgressReport(getSubtopicProgress(db, now), getMockSubtopicScores(db));
  return { report, interview: loadInterviewOutlook(db, settings, now, report) };
}

function loadInterviewOutlook(db: Db, settings: Settings, now: Date, report: AreaProgress[]): InterviewOutlook | null {
  if (!settings.interviewDate) return null;
  const grid = interviewHorizon(settings.interviewDate, now, settings.dayStartHour);
  if (!grid) return null;
  const covered = report.filter((area) => settings.interviewAreas.length === 0 || settings.interviewAreas.includes(area.id));
  const model = createRecallModel(settings.desiredRetention);
  const studied = getStudiedCardsForProjection(
    db,
    covered.map((area) => area.id),
    grid.toDays,
  );
  const interviewMode = settings.interviewMode ? { target: settings.targetRecall } : undefined;
  const projections = projectCardGroups(
    model,
    covered.map((area) => studied.get(area.id) ?? []),
    grid.horizon,
    interviewMode,
  );
  const newCards = projectNewCards(model, grid.horizon, interviewMode);
  const plans = covered.map((area, index) => ({
    name: area.name,
    ...planArea(
      { area: area.id, cards: area.cards, unseen: area.cards - area.studied, studied: projections[index]! },
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
