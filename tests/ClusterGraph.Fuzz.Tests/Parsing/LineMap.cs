namespace ClusterGraph.Fuzz.Tests.Parsing;

/// <summary>
/// Line and column of an offset, worked out independently of the parser from the spec's LineTerminator
/// (\n, \r\n, \r): line and column 1-based, the column in UTF-16 code units, as graphql-js's getLocation.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        Length = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int Length { get; }

    public (int Line, int Column) At(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
