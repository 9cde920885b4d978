using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Tests.Conformance.Corpus;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>What parsing one corpus case gives: the printed tree and its JSON, or the first syntax error.</summary>
internal sealed record ParseOutcome(bool Ok, string? Printed, JsonObject? Ast, string? Message, int Line, int Column)
{
    /// <summary>Runs our parser on a case (text cases through the string API, byte cases through the UTF-8 API).</summary>
    public static ParseOutcome Ours(CorpusCase corpusCase)
    {
        try
        {
            SyntaxNode node = corpusCase.Bytes is not null
                ? Parser.Parse(corpusCase.Bytes.AsSpan())
                : corpusCase.Entry switch
                {
                    ParseEntry.Value => Parser.ParseValue(corpusCase.Source!),
                    ParseEntry.ConstValue => Parser.ParseConstValue(corpusCase.Source!),
                    ParseEntry.Type => Parser.ParseType(corpusCase.Source!),
                    _ => Parser.Parse(corpusCase.Source!),
                };
            return new ParseOutcome(true, Printer.Print(node), ParseAstJson.ToJson(node), null, 0, 0);
        }
        catch (GraphQLSyntaxException e)
        {
            return new ParseOutcome(false, null, null, WellFormed(e.Message), e.Line, e.Column);
        }
    }

    /// <summary>The same document given as UTF-8 bytes (text cases without lone surrogates), for the byte API.</summary>
    public static ParseOutcome? OursFromUtf8(CorpusCase corpusCase)
    {
        if (corpusCase.Bytes is not null || corpusCase.Entry != ParseEntry.Document || CorpusCase.HasLoneSurrogate(corpusCase.Source!)
            || corpusCase.Source!.StartsWith('\uFEFF'))
        {
            return null;
        }

        return Ours(CorpusCase.Raw(corpusCase.Name, Encoding.UTF8.GetBytes(corpusCase.Source!)));
    }

    public static ParseOutcome FromOracle(JsonObject answer)
    {
        return (bool)answer["ok"]!
            ? new ParseOutcome(true, (string?)answer["printed"], answer["ast"]?.AsObject(), null, 0, 0)
            : new ParseOutcome(false, null, null, (string?)answer["message"], (int)answer["line"]!, (int)answer["column"]!);
    }

    /// <summary>Why two outcomes differ, or null when they agree (printed text, AST with locations, error text and place).</summary>
    public string? Difference(ParseOutcome expected)
    {
        if (Ok != expected.Ok)
        {
            return Ok
                ? $"we accept it, graphql-js says {expected.Message} at {expected.Line}:{expected.Column}"
                : $"we reject it ({Message} at {Line}:{Column}), graphql-js accepts it";
        }

        if (Ok)
        {
            if (Printed != expected.Printed)
            {
                return $"printed differs:\n--- ours\n{Printed}\n--- graphql-js\n{expected.Printed}";
            }

            if (!JsonNode.DeepEquals(Ast, expected.Ast))
            {
                return $"AST differs:\n--- ours\n{Ast!.ToJsonString()}\n--- graphql-js\n{expected.Ast?.ToJsonString()}";
            }

            return null;
        }

        return Line != expected.Line || Column != expected.Column || Message != expected.Message
            ? $"error differs: ours {Message} at {Line}:{Column}, graphql-js {expected.Message} at {expected.Line}:{expected.Column}"
            : null;
    }

    /// <summary>Lone surrogates as U+FFFD, as the oracle sends messages (JavaScript's <c>toWellFormed</c>).</summary>
    private static string WellFormed(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
