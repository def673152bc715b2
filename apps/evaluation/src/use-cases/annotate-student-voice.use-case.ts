import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { mayAnnotateStudentVoices, studentVoiceAnnotationSchema } from '../domain/student-voice';
import type { EvaluationDeps, EvaluationResult } from './evaluation-use-case';
import { studentVoiceById } from './student-voices.query';
import type { StudentVoiceModel } from './student-voices.query';

/**
 * The coordinator tags a quote with themes and marks whether it may appear in the annual report.
 * Anyone else is FORBIDDEN before their input is looked at; a quote that does not exist (or whose
 * words were erased) is NOT_FOUND; nothing is written on any error. Omitted fields keep their value.
 */
export async function annotateStudentVoice(
  deps: EvaluationDeps,
  input: unknown,
): Promise<EvaluationResult<StudentVoiceModel>> {
  if (!mayAnnotateStudentVoices(deps.caller))
    return refused('Only the coordinator marks quotes publishable or tags them');
  const parsed = studentVoiceAnnotationSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const a = parsed.data;
  return deps.transaction(async ({ manager: m, clock }) => {
    if (!(await studentVoiceById(m, a.id)))
      return rejected(userError('NOT_FOUND', 'no quote with this id', 'id'));
    await m.query(
      `INSERT INTO student_voice_annotation (response_id, publishable, themes, annotated_at)
       VALUES ($1, coalesce($2, false), coalesce($3::text[], '{}'), $4)
       ON CONFLICT (response_id) DO UPDATE
         SET publishable = coalesce($2, student_voice_annotation.publishable),
             themes = coalesce($3::text[], student_voice_annotation.themes),
             annotated_at = $4`,
      [a.id, a.publishable ?? null, a.themes ?? null, clock.now()],
    );
    const annotated = await studentVoiceById(m, a.id);
    return annotated
      ? done(annotated)
      : rejected(userError('NOT_FOUND', 'no quote with this id', 'id'));
  });
}
