using LangGap.Models;
using LangGap.Models.LogLikelihood;
using Microsoft.Extensions.AI;

namespace LangGap.Evaluation;

/// <summary>Plans the work of a multiple-choice task: one item per sample and model holding every option's context and
/// continuation, keyed like a generation so the store, resume and scoring treat it as one.</summary>
/// <remarks>
/// The key hashes the model identity, the option pairs (as user/assistant messages) and a <c>loglikelihood</c> marker in
/// the options, so it never collides with a generation of the same prompt. Log-likelihoods are deterministic, so only
/// sample index 0 is planned whatever k the run asks for.
/// </remarks>
internal static class MultipleChoicePlan
{
    private const string Marker = "loglikelihood";

    /// <summary>Refuses a run whose multiple-choice tasks meet a model that cannot score log-likelihoods.</summary>
    /// <exception cref="InvalidInputException">A model has no log-likelihood backend.</exception>
    public static void CheckModels(EvaluationRun run)
    {
        if (run.Tasks.FirstOrDefault(t => t.MultipleChoice is not null) is not { } task)
        {
            return;
        }
        if (run.Models.FirstOrDefault(m => m.LogLikelihood is null) is { } model)
        {
            throw new InvalidInputException(
                $"Task '{task.Name}' ranks options by log-likelihood, but model '{model.Id}' cannot return prompt log-probabilities (a chat-only endpoint); " +
                "give its models-file entry 'prompt_logprobs: echo' or 'prompt_logprobs: vllm' for a completions server that returns them, or use a local model.");
        }
    }

    /// <summary>Adds the items of <paramref name="sample"/> for every model; returns the prompt JSON the task fingerprint hashes.</summary>
    /// <exception cref="InvalidInputException">The sample has no options or no valid gold index.</exception>
    public static string Add(List<WorkItem> items, EvalTask task, MultipleChoiceSettings settings, Sample sample, IReadOnlyList<RunModel> models)
    {
        if (sample.Choices.Count < 2 || sample.Gold is not { } gold || gold < 0 || gold >= sample.Choices.Count)
        {
            throw new InvalidInputException(
                $"Task '{task.Name}' is multiple-choice but sample '{sample.Id}' has {sample.Choices.Count} options and gold {sample.Gold?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}; it needs at least two options and a gold index among them.");
        }
        var requests = sample.Choices.Select(c => new ContinuationRequest(Context(task, sample, c), settings.TargetDelimiter + c.Continuation)).ToArray();
        var messages = requests.SelectMany(r => new[] { new ChatMessage(ChatRole.User, r.Context), new ChatMessage(ChatRole.Assistant, r.Continuation) }).ToArray();
        var promptJson = RunConfiguration.PromptJson(messages);
        var options = new ChatOptions { AdditionalProperties = new AdditionalPropertiesDictionary { [Marker] = 1 } };
        foreach (var model in models)
        {
            items.Add(new WorkItem(task, sample, model, 0, messages, promptJson, options, ChatRequestKey.Compute(model.Identity, messages, options)) { Choices = requests });
        }
        return promptJson;
    }

    private static string Context(EvalTask task, Sample sample, Choice choice)
    {
        var source = choice.Context is null ? sample : sample with { Messages = [new ChatMessage(ChatRole.User, choice.Context)] };
        return task.Prompt.Render(source).LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
    }
}
