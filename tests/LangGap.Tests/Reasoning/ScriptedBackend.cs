using LangGap.Reasoning;

namespace LangGap.Tests.Reasoning;

/// <summary>A backend that answers from a script and records every request.</summary>
internal sealed class ScriptedBackend(params Continuation[] script) : IThinkingBackend
{
    private int _next;

    public List<ContinuationRequest> Requests { get; } = [];

    public string Identity => "scripted";

    public Task<Continuation> ContinueAsync(ContinuationRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(script[_next++]);
    }
}
