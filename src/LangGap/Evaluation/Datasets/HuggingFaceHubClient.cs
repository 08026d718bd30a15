using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LangGap.Evaluation.Datasets;

/// <summary>Fetches the Parquet files of a Hugging Face Hub dataset split and keeps them in a local cache.</summary>
/// <remarks>
/// The file list comes from the Hub's <c>/api/datasets/{repo}/parquet/{config}/{split}</c> endpoint (the Parquet
/// conversion every public dataset has). Files are downloaded to temporary names and renamed; a <c>complete</c>
/// marker written last lists them, so an interrupted download is redone and a completed one is never fetched again.
/// </remarks>
public sealed partial class HuggingFaceHubClient
{
    private const string Marker = "complete";
    private readonly HuggingFaceHubOptions _options;
    private readonly HttpClient _http;
    private readonly Func<string, string?> _environment;

    /// <summary>Creates the client; <paramref name="httpClient"/> defaults to a new one.</summary>
    public HuggingFaceHubClient(HuggingFaceHubOptions? options = null, HttpClient? httpClient = null, Func<string, string?>? environment = null)
    {
        _options = options ?? new HuggingFaceHubOptions();
        _http = httpClient ?? new HttpClient();
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <summary>Returns the local paths of the split's Parquet files, downloading them first when they are not cached.</summary>
    /// <exception cref="InvalidInputException">The repository name is malformed, the split is not cached while offline, or the Hub refused.</exception>
    public async Task<IReadOnlyList<string>> GetParquetFilesAsync(string repository, string config, string split, CancellationToken cancellationToken)
    {
        if (!RepositoryPattern().IsMatch(repository) || !PartPattern().IsMatch(config) || !PartPattern().IsMatch(split))
        {
            throw new InvalidInputException($"'{repository}' / '{config}' / '{split}' is not a valid Hugging Face dataset, config and split.");
        }
        var directory = Path.Combine(_options.CacheDirectory, "datasets", repository.Replace("/", "--", StringComparison.Ordinal), config, split);
        var marker = Path.Combine(directory, Marker);
        if (File.Exists(marker))
        {
            var names = await File.ReadAllLinesAsync(marker, cancellationToken).ConfigureAwait(false);
            return [.. names.Where(n => n.Length > 0).Select(n => Path.Combine(directory, n))];
        }
        if (_options.Offline)
        {
            throw new InvalidInputException($"Hugging Face dataset '{repository}' ({config}/{split}) is not in the cache '{_options.CacheDirectory}' and LangGap is offline.");
        }
        var urls = await ListAsync(repository, config, split, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        for (var i = 0; i < urls.Count; i++)
        {
            var name = $"{i:0000}.parquet";
            await DownloadAsync(urls[i], Path.Combine(directory, name), cancellationToken).ConfigureAwait(false);
            files.Add(name);
        }
        await File.WriteAllLinesAsync(marker, files, cancellationToken).ConfigureAwait(false);
        return [.. files.Select(n => Path.Combine(directory, n))];
    }

    private async Task<IReadOnlyList<Uri>> ListAsync(string repository, string config, string split, CancellationToken cancellationToken)
    {
        var address = new Uri(_options.Endpoint, $"/api/datasets/{repository}/parquet/{Uri.EscapeDataString(config)}/{Uri.EscapeDataString(split)}");
        using var response = await SendAsync(address, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var urls = JsonSerializer.Deserialize<List<string>>(body) ?? [];
            if (urls.Count == 0)
            {
                throw new InvalidInputException($"The Hub lists no Parquet files for '{repository}' ({config}/{split}).");
            }
            return [.. urls.Select(u => new Uri(u, UriKind.Absolute))];
        }
        catch (Exception e) when (e is JsonException or UriFormatException)
        {
            throw new InvalidInputException($"The Hub's file list for '{repository}' ({config}/{split}) is not a JSON list of URLs.", e);
        }
    }

    private async Task DownloadAsync(Uri url, string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(url, cancellationToken).ConfigureAwait(false);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var file = File.Create(temporary))
        {
            await response.Content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri address, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (_environment(_options.TokenVariable) is { Length: > 0 } token && address.Host == _options.Endpoint.Host)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new InvalidInputException($"The Hub answered {(int)response.StatusCode} {response.ReasonPhrase} for {address.GetLeftPart(UriPartial.Path)}.");
        }
        return response;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex PartPattern();
}
