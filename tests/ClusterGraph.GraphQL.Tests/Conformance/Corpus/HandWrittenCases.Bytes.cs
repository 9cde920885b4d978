using System.Text;

namespace ClusterGraph.GraphQL.Tests.Conformance.Corpus;

public static partial class HandWrittenCases
{
    /// <summary>parseValue / parseConstValue / parseType, including their errors.</summary>
    private static IEnumerable<CorpusCase> EntryPointCases()
    {
        string[] values =
        [
            "1", "-1.5e3", "\"s\"", "\"\"\"b\"\"\"", "true", "null", "ENUM", "$v", "[1, $v]", "{a: {b: $v}}", "[]", "{}",
            "", "1 2", "[", "{a}", "$", "@", "\"\\u{D800}\"",
        ];
        foreach (string value in values)
        {
            yield return CorpusCase.Text($"parseValue {value}", value, ParseEntry.Value);
            yield return CorpusCase.Text($"parseConstValue {value}", value, ParseEntry.ConstValue);
        }

        string[] types = ["T", "T!", "[T]", "[T!]!", "[[T]]", "", "T!!", "[T", "1", "[T] x", "!"];
        foreach (string type in types)
        {
            yield return CorpusCase.Text($"parseType {type}", type, ParseEntry.Type);
        }
    }

    /// <summary>
    /// Byte-level cases: invalid UTF-8 (read as U+FFFD by graphql-js's decoder), byte order marks,
    /// and text with lone surrogates (which graphql-js rejects where it meets them).
    /// </summary>
    private static IEnumerable<CorpusCase> ByteCases()
    {
        (string Name, byte[] Bytes)[] invalid =
        [
            ("lone continuation in string", [0x80]),
            ("overlong slash in string", [0xC0, 0xAF]),
            ("truncated 2-byte", [0xC3]),
            ("truncated 3-byte", [0xE2, 0x82]),
            ("truncated 4-byte", [0xF0, 0x9F, 0x8F]),
            ("surrogate encoded (CESU)", [0xED, 0xA0, 0x80]),
            ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
            ("F5 lead", [0xF5, 0x80, 0x80, 0x80]),
            ("FF byte", [0xFF]),
            ("FE FF", [0xFE, 0xFF]),
            ("E0 overlong", [0xE0, 0x80, 0x80]),
            ("mixed valid and invalid", [0xC3, 0xA9, 0x80, 0xC3, 0xA9]),
            ("truncated then ASCII", [0xE2, 0x82, 0x41]),
            ("valid 4-byte", [0xF0, 0x9F, 0x8F, 0xAD]),
        ];
        foreach ((string name, byte[] bytes) in invalid)
        {
            yield return CorpusCase.Raw($"bytes in string: {name}", Concat("{ a(x: \"", bytes, "\") b }"));
            yield return CorpusCase.Raw($"bytes in block string: {name}", Concat("{ a(x: \"\"\"\n  ", bytes, "\n\"\"\") ~ }"));
            yield return CorpusCase.Raw($"bytes in comment: {name}", Concat("# ", bytes, "\n{ a } ~"));
            yield return CorpusCase.Raw($"bytes as token: {name}", Concat("{ a ", bytes, " }"));
            yield return CorpusCase.Raw($"bytes after string: {name}", Concat("{ a(x: \"é\", y: \"", bytes, "\") ~ }"));
        }

        yield return CorpusCase.Raw("leading BOM bytes", Concat("", [0xEF, 0xBB, 0xBF], "{ a } ~"));
        yield return CorpusCase.Raw("two BOMs", Concat("", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], "{ a } ~"));
        yield return CorpusCase.Raw("BOM inside", Concat("{ a ", [0xEF, 0xBB, 0xBF], " b } ~"));
        yield return CorpusCase.Raw("truncated BOM", Concat("", [0xEF, 0xBB], "{ a }"));
        yield return CorpusCase.Raw("NUL byte", Concat("{ a ", [0x00], " }"));
        yield return CorpusCase.Raw("unterminated string ending in partial sequence", Concat("{ a(x: \"abc", [0xE2, 0x82], ""));

        string[] loneSurrogates =
        [
            "{ a(x: \"\uD800\") }",
            "{ a(x: \"\uDC00\") }",
            "{ a(x: \"ok \uD83C\uDFED then \uDFED\") }",
            "{ a(x: \"\"\"\n  \uD800\n\"\"\") }",
            "# comment \uD800 \n{ a }",
            "{ a \uD800 }",
            "{ a \uDC00 }",
            "{ a(x: \"\\u{41}\uD800\") }",
            "{ a } \uD800",
            "\uD800",
        ];
        for (int i = 0; i < loneSurrogates.Length; i++)
        {
            yield return CorpusCase.Text($"lone surrogate #{i}", loneSurrogates[i]);
        }
    }

    private static byte[] Concat(string before, byte[] middle, string after)
        => [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];
}
