using System.Globalization;
using System.Text;
using System.Xml;

namespace LangGap.Survey.Ingest;

/// <summary>Reads one ACL Anthology collection file (<c>&lt;collection&gt;</c> → <c>&lt;volume&gt;</c> → <c>&lt;paper&gt;</c>).</summary>
/// <remarks>
/// Streams the file with <see cref="XmlReader"/>, keeping title, abstract, id and the volume's venue; inline markup
/// (<c>&lt;fixed-case&gt;</c>, <c>&lt;tex-math&gt;</c>) is reduced to its text. Malformed XML is reported with the
/// file name and line. DTDs are refused, so a crafted file cannot expand entities.
/// </remarks>
internal static class AnthologyXmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Every paper of the collection in <paramref name="stream"/>; <paramref name="name"/> names it in errors and sources.</summary>
    public static List<SurveyPaper> Read(Stream stream, string name)
    {
        var papers = new List<SurveyPaper>();
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            var lines = (IXmlLineInfo)reader;
            var collection = "";
            Volume? volume = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                switch (reader.Name)
                {
                    case "collection":
                        collection = reader.GetAttribute("id") ?? "";
                        break;
                    case "volume":
                        volume = new Volume(collection, reader.GetAttribute("id") ?? "");
                        break;
                    case "meta" when volume is not null:
                        ReadMeta(reader, volume);
                        break;
                    case "paper" when volume is not null:
                        var line = lines.LineNumber;
                        papers.Add(ReadPaper(reader, volume, reader.GetAttribute("id") ?? "", $"{name}:{line}"));
                        break;
                    case "event" or "frontmatter" when !reader.IsEmptyElement:
                        SkipInside(reader);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
            throw InvalidInputException.At(name, e.LineNumber, $"malformed XML: {(cut > 0 ? message[..cut] : message).TrimEnd('.', ' ')}.");
        }
        return papers;
    }

    private static void ReadMeta(XmlReader reader, Volume volume)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.Name)
            {
                case "booktitle":
                    volume.BookTitle = ReadText(reader);
                    break;
                case "year":
                    volume.Year = ParseYear(ReadText(reader));
                    break;
                case "venue":
                    volume.Venues.Add(ReadText(reader));
                    break;
                default:
                    if (!reader.IsEmptyElement)
                    {
                        SkipInside(reader);
                    }
                    break;
            }
        }
    }

    private static SurveyPaper ReadPaper(XmlReader reader, Volume volume, string paperId, string source)
    {
        string title = "", url = "";
        string? abstractText = null;
        int? year = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                switch (reader.Name)
                {
                    case "title":
                        title = ReadText(reader);
                        break;
                    case "abstract":
                        abstractText = ReadText(reader);
                        break;
                    case "url":
                        url = ReadText(reader);
                        break;
                    case "year":
                        year = ParseYear(ReadText(reader));
                        break;
                    default:
                        if (!reader.IsEmptyElement)
                        {
                            SkipInside(reader);
                        }
                        break;
                }
            }
        }
        var id = url.Length > 0 && !url.Contains("://", StringComparison.Ordinal) ? url : $"{volume.Collection}-{volume.Id}.{paperId}";
        var (type, venue) = volume.Classification;
        return new SurveyPaper(
            id,
            year ?? volume.Year ?? ParseYear(volume.Collection.Split('.')[0]) ?? 0,
            type,
            venue,
            volume.BookTitle,
            title,
            string.IsNullOrEmpty(abstractText) ? null : abstractText,
            url.Contains("://", StringComparison.Ordinal) ? url : $"https://aclanthology.org/{id}",
            source);
    }

    /// <summary>Moves to the end tag of the current element without reading past it.</summary>
    private static void SkipInside(XmlReader reader)
    {
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
        }
    }

    /// <summary>The text content of the current element, markup removed and white space collapsed; leaves the reader on its end tag.</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var depth = reader.Depth;
        var text = new StringBuilder();
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }
        }
        return TextCleanup.Collapse(text.ToString());
    }

    private static int? ParseYear(string text) =>
        int.TryParse(text.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private sealed class Volume(string collection, string id)
    {
        private (VenueType, string)? _classification;

        public string Collection { get; } = collection;

        public string Id { get; } = id;

        public string BookTitle { get; set; } = "";

        public int? Year { get; set; }

        public List<string> Venues { get; } = [];

        public (VenueType Type, string Venue) Classification =>
            _classification ??= VenueClassifier.Classify(VenueClassifier.VenueOfId(Collection), Id, Venues, BookTitle);
    }
}
