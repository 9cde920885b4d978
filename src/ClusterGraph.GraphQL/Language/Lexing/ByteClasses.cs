namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// One class per byte for the lexer's hot loop, so the common bytes take a single table lookup:
/// blanks skipped in place (space, tab, comma), digits, name starts, and the one-byte punctuators
/// (<see cref="Punctuator"/> plus their <see cref="TokenKind"/>). Everything else (line terminators,
/// comments, strings, numbers' minus sign, dots, non-ASCII bytes) is <see cref="Other"/>.
/// </summary>
internal static class ByteClasses
{
    public const byte Other = 0;
    public const byte Blank = 1;
    public const byte Digit = 2;
    public const byte NameStart = 3;
    public const byte Punctuator = 16;

    /// <summary>Whether a class continues a name (digits and name starts).</summary>
    public static bool IsNameContinue(byte byteClass) => (uint)(byteClass - Digit) <= NameStart - Digit;

    /// <summary>The class of every byte value (256 entries, so indexing by a byte needs no bounds check).</summary>
    public static ReadOnlySpan<byte> Table =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, // 0x00
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10
        1, 18, 0, 0, 19, 0, 20, 0, 21, 22, 0, 0, 1, 0, 0, 0, // 0x20
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 24, 0, 0, 25, 0, 0, // 0x30
        26, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // 0x40
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 27, 0, 28, 0, 3, // 0x50
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // 0x60
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 29, 30, 31, 0, 0, // 0x70
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x80
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x90
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0xA0
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0xB0
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0xC0
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0xD0
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0xE0
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0xF0
    ];
}
