using LangGap.Cli.Options;
using System.Text;
using System.Text.Json;
using LangGap.Identification;
using LangGap.Identification.FastText;
using LangGap.Text;

namespace LangGap.Cli.Commands.Lid;

/// <summary><c>langgap lid</c>: identify the language of every line, as <c>fasttext predict-prob</c> does.</summary>
internal static class LidCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "Text file, one text per line; '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "-",
        };
        var k = new Option<int>("--k") { Description = "Predictions per line (fastText's k).", DefaultValueFactory = _ => 1 };
        var threshold = new Option<double>("--threshold") { Description = "Leave out predictions below this probability.", DefaultValueFactory = _ => 0.0 };
        var model = new Option<string?>("--model") { Description = "A fastText classifier (.bin or .ftz) instead of the embedded lid.176.ftz." };
        var format = CommonOptions.Format("tsv (label<TAB>prob, k times), fasttext (exactly fastText's predict-prob lines) or json (one object per line).", "tsv", "fasttext", "json");
        var mix = new Option<bool>("--mix") { Description = "Print the language-mixing analysis of each line instead." };
        var threads = new Option<int>("--threads") { Description = "Threads to use; -1 for all cores.", DefaultValueFactory = _ => -1 };

        var command = new Command("lid", "Identify the language of each line (fastText lid.176, identical to fastText 0.9.2).")
        {
            file, k, threshold, model, format, mix, threads,
        };
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var options = new LidOptions(parse.GetValue(k), parse.GetValue(threshold), parse.GetValue(format) ?? "tsv", parse.GetValue(mix), parse.GetValue(threads));
            options.Validate();
            var path = parse.GetValue(file) ?? "-";
            if (path != "-" && !File.Exists(path))
            {
                throw new InvalidInputException($"File '{path}' does not exist.");
            }
            var modelPath = parse.GetValue(model);
            // The model loads while the first block of input is read.
            var loading = Task.Run(() => modelPath is null ? LanguageIdentifier.Default : LanguageIdentifier.Load(modelPath), cancellationToken);
            await using var stream = path == "-" ? null : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var identifier = await loading.ConfigureAwait(false);
            await LidStreamer.RunAsync(stream ?? console.Input, stream is null ? "<stdin>" : path, identifier, options, console.Out, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
