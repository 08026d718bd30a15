using LangGap.Evaluation;
using LangGap.Models;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Resolution;

/// <summary>Turns a model argument into a model, by one rule for every command: an id of the models file, else
/// <c>embedded</c>, else a model folder (Hugging Face or <c>langgap train</c> output).</summary>
/// <remarks>
/// <para>Every resolved model carries its identity — <c>weights:sha256:…</c> for a local model
/// (<see cref="ModelFolderIdentity"/>), <c>endpoint:…</c> for a served one (<see cref="EndpointModelIdentity"/>) — which is
/// what generation keys, the response cache and resume compare, never the path or id a user typed.</para>
/// <para>The resolver owns every client and model it creates (a judge named twice is loaded once) and frees them when
/// disposed; the models file's clients are owned by its registry, which the resolver also disposes.</para>
/// </remarks>
public sealed class ModelResolver : IDisposable
{
    private readonly string? _modelsPath;
    private readonly FileHashCache? _hashes;
    private readonly Dictionary<string, (IChatClient Client, string Identity)> _local = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LogLikelihoodBatcher> _logLikelihood = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>A resolver over <paramref name="registry"/> (read from <paramref name="modelsPath"/>), or over local models only.</summary>
    /// <param name="registry">The models file's clients, owned by the resolver from now on; <see langword="null"/> for none.</param>
    /// <param name="modelsPath">The models file, for messages.</param>
    /// <param name="hashes">Where weight hashes are remembered; <see cref="FileHashCache.Default"/> when <see langword="null"/>.</param>
    public ModelResolver(ModelRegistry? registry = null, string? modelsPath = null, FileHashCache? hashes = null)
    {
        Registry = registry;
        _modelsPath = modelsPath;
        _hashes = hashes;
    }

    /// <summary>The models file's registry, or <see langword="null"/> without a models file.</summary>
    public ModelRegistry? Registry { get; }

    /// <summary>A resolver over the models file at <paramref name="modelsPath"/>, or over local models only when it is <see langword="null"/>.</summary>
    /// <exception cref="InvalidInputException">The models file is missing or invalid, or an API key variable is not set.</exception>
    public static async Task<ModelResolver> CreateAsync(string? modelsPath, CancellationToken cancellationToken)
    {
        var registry = modelsPath is null ? null : new ModelRegistry(await ModelsFile.LoadAsync(modelsPath, cancellationToken).ConfigureAwait(false));
        return new ModelResolver(registry, modelsPath);
    }

    /// <summary>Whether <paramref name="spec"/> names the embedded model.</summary>
    public static bool IsEmbedded(string spec) => spec.Equals(ModelSource.EmbeddedName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The models of a run, in order, each once; <paramref name="option"/> names the argument in messages.</summary>
    /// <exception cref="InvalidInputException">A spec resolves to nothing, or two specs are the same model.</exception>
    public IReadOnlyList<RunModel> ResolveRunModels(IEnumerable<string> specs, string option = "--model")
    {
        ArgumentNullException.ThrowIfNull(specs);
        var models = specs.Distinct(StringComparer.Ordinal).Select(s => ResolveRunModel(s, option)).ToList();
        if (models.GroupBy(m => m.Identity, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } same)
        {
            throw new InvalidInputException(
                $"{option} {string.Join(" and ", same.Select(m => $"'{m.Id}'"))} are the same model ({same.Key}); give it once.");
        }
        return models;
    }

    /// <summary>The model <paramref name="spec"/> as a run takes it: id as given, identity, client and defaults.</summary>
    /// <exception cref="InvalidInputException">The spec is not a models-file id, <c>embedded</c> or a model folder.</exception>
    public RunModel ResolveRunModel(string spec, string option = "--model")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        if (Registry is not null && Registry.ModelIds.Contains(spec))
        {
            return RunModel.From(Registry, spec);
        }
        var (client, identity) = Local(spec, option);
        return new RunModel(IsEmbedded(spec) ? ModelSource.EmbeddedName : spec, client) { Identity = identity, LogLikelihood = LogLikelihoodOf(client, identity) };
    }

    /// <summary>The client of <paramref name="spec"/> (a judge, a reward's judge); owned by the resolver.</summary>
    /// <exception cref="InvalidInputException">The spec is not a models-file id, <c>embedded</c> or a model folder.</exception>
    public IChatClient ResolveClient(string spec, string option = "judge model") => ResolveRunModel(spec, option).Client;

    /// <summary>The identity of <paramref name="spec"/> without loading its weights.</summary>
    /// <exception cref="InvalidInputException">The spec is not a models-file id, <c>embedded</c> or a model folder.</exception>
    public string IdentityOf(string spec, string option = "--model")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        return Registry is not null && Registry.ModelIds.Contains(spec)
            ? Registry.IdentityOf(spec)
            : ModelFolderIdentity.Compute(LocalDirectory(spec, option), _hashes);
    }

    /// <summary>Loads the local model <paramref name="spec"/> (<c>embedded</c> or a folder) for commands that need its
    /// weights (generate, logprob, train); the caller owns it.</summary>
    /// <exception cref="InvalidInputException">The spec names an endpoint model, or no usable folder.</exception>
    public PretrainedModel LoadLocal(string spec, string option = "--model")
    {
        var directory = LocalDirectory(spec, option);
        return ModelSource.Load(IsEmbedded(spec) ? ModelSource.EmbeddedName : directory);
    }

    /// <summary>The folder of local model <paramref name="spec"/>, for commands that need local weights.</summary>
    /// <exception cref="InvalidInputException">The spec names a served model of the models file, or is neither <c>embedded</c> nor an existing folder.</exception>
    public string LocalDirectory(string spec, string option = "--model")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        if (Registry is not null && Registry.ModelIds.Contains(spec))
        {
            throw new InvalidInputException($"{option} '{spec}' is a served model in {_modelsPath}; this command needs local weights ('embedded' or a model folder).");
        }
        if (IsEmbedded(spec))
        {
            if (!File.Exists(Path.Combine(ModelSource.EmbeddedDirectory, "model.safetensors")))
            {
                throw new InvalidInputException($"{ModelSource.EmbeddedDirectory}: the embedded model is missing from this build.");
            }
            return ModelSource.EmbeddedDirectory;
        }
        if (Directory.Exists(spec))
        {
            return spec;
        }
        throw new InvalidInputException(Registry is null
            ? $"{option} '{spec}' is not 'embedded' or a model folder; name served models in a models file (--models FILE)."
            : $"{option} '{spec}' is not 'embedded', a model folder or a model of {_modelsPath} (known: {string.Join(", ", Registry.ModelIds)}).");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var (client, _) in _local.Values)
            {
                client.Dispose();
            }
            _local.Clear();
        }
        Registry?.Dispose();
    }

    private LogLikelihoodBatcher LogLikelihoodOf(IChatClient client, string identity)
    {
        lock (_gate)
        {
            if (!_logLikelihood.TryGetValue(identity, out var batcher))
            {
                batcher = new LogLikelihoodBatcher((PretrainedModel)client.GetService(typeof(PretrainedModel))!);
                _logLikelihood[identity] = batcher;
            }
            return batcher;
        }
    }

    private (IChatClient Client, string Identity) Local(string spec, string option)
    {
        var directory = LocalDirectory(spec, option);
        var identity = ModelFolderIdentity.Compute(directory, _hashes);
        lock (_gate)
        {
            if (_local.TryGetValue(identity, out var loaded))
            {
                return loaded;
            }
            var client = new EmbeddedChatClient(ModelSource.Load(IsEmbedded(spec) ? ModelSource.EmbeddedName : directory), ownsModel: true);
            _local[identity] = (client, identity);
            return (client, identity);
        }
    }
}
