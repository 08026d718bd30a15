using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Identification;
using LangGap.Languages;
using LangGap.Synthesis.Candidates;
using Microsoft.Extensions.AI;

namespace LangGap.Synthesis.Translation;

/// <summary>Translates prompts into target languages with a model, and keeps a translation only when language
/// identification places it in the target language.</summary>
/// <remarks>
/// <para>The model is asked, greedily (temperature 0), with an instruction naming the source and target language in
/// English and the target's own name (<see cref="Template"/>). Each translation is checked with
/// <see cref="FidelityScorer"/> (lid.176 by default): a pass is kept; a translation in another language, or one too short
/// or mixed to tell, is rejected and counted (<see cref="TranslationCount"/>). A prompt already in a target language is
/// kept as it is, not translated.</para>
/// <para>Translation goes through the run store like any generation (<see cref="CandidateGenerator"/>), so a resumed run
/// asks the translator nothing it has answered.</para>
/// </remarks>
public static class PromptTranslator
{
    /// <summary>The instruction sent to the translator.</summary>
    public static PromptTemplate Template { get; } = new()
    {
        User = "Translate the following text from {source_language_name} into {language_name} ({language_native}). " +
               "Reply with the translation only, without notes or quotes.\n\n{prompt}",
    };

    /// <summary>Translates <paramref name="prompts"/> into each of <paramref name="languages"/> with <paramref name="translator"/>,
    /// storing the run in <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidInputException">The folder holds a run made with other settings.</exception>
    public static async Task<TranslationOutcome> TranslateAsync(
        IReadOnlyList<Sample> prompts, RunModel translator, IReadOnlyList<LanguageTag> languages, string folder,
        TranslationSettings settings, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(translator);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(settings);
        var native = new List<Sample>();
        var asked = new List<Sample>();
        foreach (var language in languages)
        {
            foreach (var prompt in prompts)
            {
                if (LanguageTag.Equivalent(prompt.Language, language))
                {
                    native.Add(prompt);
                    continue;
                }
                var metadata = new Dictionary<string, string>(prompt.Metadata, StringComparer.Ordinal)
                {
                    ["source_id"] = prompt.Id,
                    ["source_language"] = prompt.Language.ToString(),
                    ["source_language_name"] = prompt.Language.Info.EnglishName,
                    ["source_prompt"] = prompt.Prompt,
                };
                asked.Add(prompt with { Id = $"{prompt.Id}@{language}", Language = language, Metadata = metadata });
            }
        }
        var sets = new List<CandidateSet>();
        RunSummary summary;
        if (asked.Count > 0)
        {
            var request = new CandidateRequest("translate", asked, [translator],
                new Dictionary<string, IScorer> { ["fidelity"] = new FidelityScorer(settings.Identifier) })
            {
                SamplesPerPrompt = 1,
                Generation = new GenerationOptions { Temperature = 0, MaxTokens = settings.MaxTokens },
                Template = Template,
                Seed = settings.Seed,
                MaxConcurrency = settings.MaxConcurrency,
                Source = settings.Source,
            };
            var batch = await CandidateGenerator.GenerateAsync(request, folder, progress, cancellationToken).ConfigureAwait(false);
            sets.AddRange(batch.Sets);
            summary = batch.Summary;
        }
        else
        {
            summary = new RunSummary("", 0, 0, 0, 0, 0, TimeSpan.Zero, null);
        }
        var kept = new List<Sample>();
        var counts = new List<TranslationCount>();
        foreach (var language in languages)
        {
            var mine = sets.Where(s => LanguageTag.Equivalent(s.Sample.Language, language)).ToList();
            var accepted = mine.Where(s => s.Candidates.Count > 0 && s.Candidates[0].ValueOf("fidelity") == 1).ToList();
            var nativeHere = native.Where(p => LanguageTag.Equivalent(p.Language, language)).ToList();
            counts.Add(new TranslationCount(language.ToString(), nativeHere.Count, mine.Count, accepted.Count,
                mine.Count(s => s.Candidates.Count > 0 && s.Candidates[0].ValueOf("fidelity") == 0),
                mine.Count(s => s.Candidates.Count > 0 && s.Candidates[0].ValueOf("fidelity") is null),
                mine.Count(s => s.Candidates.Count == 0)));
            kept.AddRange(nativeHere);
            kept.AddRange(accepted.Select(s => s.Sample with
            {
                Messages = [new ChatMessage(ChatRole.User, s.Candidates[0].Text.Trim())],
                Metadata = s.Sample.Metadata.Where(m => m.Key != "source_language_name").ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal),
            }));
        }
        return new TranslationOutcome(kept, counts, summary);
    }
}
