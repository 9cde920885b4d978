using System.Text;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// A strict RFC 4180 reader for the tests: records end with CRLF, a quoted field may hold commas,
/// CR, LF and doubled quotes; anything else (a bare quote inside an unquoted field, a lone LF, text
/// after a closing quote, an unterminated quote) is an error, so a sloppy writer cannot pass.
/// </summary>
internal static class Rfc4180Reader
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"Quote inside an unquoted field at {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException("The last record does not end with CRLF.");
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add(record);
                record = [];
                i += 2;
                continue;
            }

            throw new FormatException($"Unexpected character {(int)text[i]} after a field at {i}.");
        }

        return records;
    }
}
