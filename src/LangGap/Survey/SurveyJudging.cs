using LangGap.Survey.Annotation;

namespace LangGap.Survey;

/// <summary>Replaces the rule-based subtopics of a selection with a judge model's.</summary>
public static class SurveyJudging
{
    /// <summary>The selection with each paper's subtopic from <paramref name="judge"/>, and how many replies named no label (those papers keep the rules' subtopic).</summary>
    /// <remarks>Papers are judged <paramref name="concurrency"/> at a time; the order of the selection is kept.</remarks>
    public static async Task<(SurveySelection Selection, int Unparsed)> ApplyAsync(
        SurveySelection selection, SubtopicJudge judge, int concurrency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var judged = new SelectedPaper[selection.Selected.Count];
        var unparsed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, judged.Length), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var paper = selection.Selected[i];
                var (subtopic, reply) = await judge.ClassifyAsync(paper.Paper, token).ConfigureAwait(false);
                if (subtopic is not { } chosen)
                {
                    Interlocked.Increment(ref unparsed);
                    judged[i] = paper;
                    return;
                }
                var evidence = paper.Annotation.Evidence.Where(e => e.Kind != EvidenceKind.Subtopic)
                    .Append(new Evidence(EvidenceKind.Judge, SurveyLabels.Name(chosen), "judge", 0, reply.Trim()))
                    .ToList();
                judged[i] = paper with { Annotation = paper.Annotation with { Subtopic = chosen, SubtopicSource = $"judge:{judge.ModelId}", Evidence = evidence } };
            }).ConfigureAwait(false);
        return (selection with { Selected = judged }, unparsed);
    }
}
