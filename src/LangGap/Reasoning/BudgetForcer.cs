namespace LangGap.Reasoning;

/// <summary>Budget forcing as s1 defines it (Muennighoff et al., 2025), over any <see cref="IThinkingBackend"/>.</summary>
/// <remarks>
/// <para>The prompt is the rendered conversation followed by the format's start marker (and the forcing prefix). Thinking
/// is generated with the end marker as a stop string and the remaining budget as the token cap:</para>
/// <list type="bullet">
/// <item><b>truncation</b>: when the budget is spent, the end marker and the answer cue (<c>Final Answer:</c>) are appended
/// and the answer is generated;</item>
/// <item><b>extension</b>: when the model ends its thinking with budget left, the end marker is left out, the ignore string
/// ("Wait" or its translation) is appended and thinking goes on, at most <see cref="BudgetForcingOptions.Ignore"/> times,
/// each continuation asked for at least one new token;</item>
/// <item>otherwise the end marker is appended and the model writes its answer.</item>
/// </list>
/// <para>Only generated tokens count against the budget (the appended strings do not), as in s1. Each step is a fresh
/// continuation of the whole text so far, so the same loop drives a local model and a completions endpoint.</para>
/// </remarks>
public static class BudgetForcer
{
    /// <summary>Runs budget forcing on <paramref name="renderedPrompt"/> (the chat template applied, assistant turn opened).</summary>
    /// <param name="backend">The model.</param>
    /// <param name="format">The thinking markers.</param>
    /// <param name="renderedPrompt">The prompt up to the opening of the assistant's turn.</param>
    /// <param name="answerStops">Strings that end the answer (the template's end of turn).</param>
    /// <param name="options">Budget, extensions, forcing and sampling.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <exception cref="ArgumentException">The options are invalid; every problem is listed.</exception>
    public static async Task<ThinkingTrace> RunAsync(
        IThinkingBackend backend, ThinkingFormat format, string renderedPrompt, IReadOnlyList<string> answerStops, BudgetForcingOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(renderedPrompt);
        ArgumentNullException.ThrowIfNull(answerStops);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid budget forcing options: " + string.Join(" ", problems), nameof(options));
        }
        var head = renderedPrompt + format.Start;
        var thinking = options.Forcing.ThinkingPrefix ?? "";
        var prompts = new List<string>();
        var used = 0;
        var extensions = 0;
        var end = PhaseEnd.Length;
        while (used < options.Budget)
        {
            var prompt = head + thinking;
            prompts.Add(prompt);
            var request = new ContinuationRequest(prompt, options.Budget - used, format.StopsWhileThinking, extensions > 0 ? 1 : 0,
                options.Temperature, options.Seed + prompts.Count - 1);
            var step = await backend.ContinueAsync(request, cancellationToken).ConfigureAwait(false);
            thinking += step.Text;
            used += step.Tokens;
            end = step.End;
            if (end == PhaseEnd.Length || used >= options.Budget || extensions >= options.Ignore)
            {
                break;
            }
            thinking += format.IgnorePrefix + options.Forcing.IgnoreString;
            extensions++;
        }
        var truncated = end == PhaseEnd.Length;
        var answerPrompt = head + thinking + format.End + (truncated ? format.AnswerCue : "");
        prompts.Add(answerPrompt);
        var answer = await backend.ContinueAsync(
            new ContinuationRequest(answerPrompt, options.AnswerMaxTokens, answerStops, 0, options.Temperature, options.Seed + prompts.Count - 1),
            cancellationToken).ConfigureAwait(false);
        return new ThinkingTrace(thinking, answer.Text, used, answer.Tokens, end, answer.End, extensions, prompts);
    }
}
