using System.Text;

namespace ClusterGraph.Neo4j.Mapping;

/// <summary>
/// The initial consonants (choseong) of Hangul syllables, so that a search for ㅅㅅ finds 삼성:
/// a precomposed syllable U+AC00..U+D7A3 is 0xAC00 + (initial × 21 + medial) × 28 + final.
/// </summary>
internal static class HangulInitials
{
    private const string Initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

    public static string Of(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3')
            {
                builder.Append(Initials[(c - 0xAC00) / (21 * 28)]);
            }
            else if (char.IsWhiteSpace(c) && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
