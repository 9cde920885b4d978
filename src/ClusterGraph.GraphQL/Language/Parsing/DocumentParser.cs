using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// The recursive-descent parser: graphql-js's grammar and error behaviour over the UTF-8
/// <see cref="Lexer"/>. Like graphql-js it holds one current token and lexes the next one only when
/// it advances (or peeks one ahead after a description or <c>extend</c>), so the first error found is
/// the one graphql-js reports. This file holds the token plumbing; the grammar is split by area.
/// </summary>
internal ref partial struct DocumentParser
{
    private Lexer _lexer;
    private Token _token;
    private Token _lookahead;
    private bool _hasLookahead;
    private int _lastEnd16;
    private int _tokenCount;
    private int _depth;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly bool _noLocation;
    private readonly NameCache.Entry[] _names;

    // Children of the lists being built, innermost on top; each list is copied out once complete.
    // Held in a struct so that storing a node needs no covariant array-store check.
    private NodeSlot[] _stack;
    private int _stackTop;

    public DocumentParser(SourceText source, ParserOptions options)
    {
        _lexer = new Lexer(source);
        _token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, 1, 1, false);
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _noLocation = options.NoLocation;
        _stack = new NodeSlot[32];
        _names = NameCache.ForThisThread();
    }

    private readonly SourceText Source => _lexer.Source;

    /// <summary>Consumes the start-of-file token: lexes the first token.</summary>
    public void Start() => Advance();

    /// <summary>Requires the end of the document.</summary>
    public void ExpectEnd() => ExpectToken(TokenKind.EndOfFile);

    private void Advance()
    {
        _lastEnd16 = _token.End16;
        if (_hasLookahead)
        {
            _token = _lookahead;
            _hasLookahead = false;
        }
        else
        {
            _token = _lexer.Next();
        }

        if (++_tokenCount > _maxTokens && _token.Kind != TokenKind.EndOfFile)
        {
            ThrowTooManyTokens();
        }
    }

    // Out of line: the message's formatting would otherwise cost every caller of Advance a bigger frame.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooManyTokens()
        => ThrowAt(_token, $"Document contains more that {_maxTokens} tokens. Parsing aborted."); // graphql-js's text, "that" included.

    /// <summary>The token after the current one, lexed now but not consumed.</summary>
    private Token Lookahead()
    {
        if (_token.Kind == TokenKind.EndOfFile)
        {
            return _token;
        }

        if (!_hasLookahead)
        {
            _lookahead = _lexer.Next();
            _hasLookahead = true;
        }

        return _lookahead;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Peek(TokenKind kind) => _token.Kind == kind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token ExpectToken(TokenKind kind)
    {
        Token token = _token;
        if (token.Kind != kind)
        {
            ThrowExpected(kind);
        }

        Advance();
        return token;
    }

    // Kept out of line so that ExpectToken, on every token's path, stays small enough to inline.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowExpected(TokenKind kind) => ThrowAt(_token, $"Expected {kind.Describe()}, found {Describe(_token)}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(Keyword keyword)
    {
        if (KeywordOf(_token) != keyword)
        {
            ThrowAt(_token, $"Expected \"{Keywords.Text(keyword)}\", found {Describe(_token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(Keyword keyword)
    {
        if (KeywordOf(_token) != keyword)
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly Keyword KeywordOf(Token token)
        => token.Kind == TokenKind.Name ? Keywords.Of(Source.Bytes[token.Start..token.End]) : Keyword.None;

    /// <summary>
    /// Whether a token's value is the given word, as graphql-js compares <c>token.value</c>: a name, or
    /// a string whose value is the word (which then gets the "unexpected" error graphql-js gives it).
    /// </summary>
    private readonly bool TokenValueIs(Token token, string word) => token.Kind switch
    {
        TokenKind.Name => System.Text.Ascii.Equals(Source.Bytes[token.Start..token.End], word),
        TokenKind.String or TokenKind.BlockString => Describe(token) == $"{token.Kind.Describe()} \"{word}\"",
        _ => false,
    };

    /// <summary>Where the current token starts: all a node keeps of its first token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly NodeStart StartHere() => new(_token.Start16, _token.Line, _token.Column);

    /// <summary>The node's location: from its first token to the last token consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Location? Loc(NodeStart start)
        => _noLocation ? null : new Location(start.Start16, _lastEnd16, start.Line, start.Column);

    /// <summary>The location of a node made of one token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Location? Loc(in Token token)
        => _noLocation ? null : new Location(token.Start16, _lastEnd16, token.Line, token.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(SyntaxNode node)
    {
        int top = _stackTop;
        NodeSlot[] stack = _stack;
        if ((uint)top >= (uint)stack.Length)
        {
            stack = GrowStack();
        }

        stack[top].Node = node;
        _stackTop = top + 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private NodeSlot[] GrowStack()
    {
        Array.Resize(ref _stack, _stack.Length * 2);
        return _stack;
    }

    /// <summary>Copies the nodes pushed since <paramref name="mark"/> into a new array and pops them.</summary>
    // Inlined so that T is exact at each call site: shared generic code would look the array type up at run time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T[] PopList<T>(int mark)
        where T : SyntaxNode
    {
        int count = _stackTop - mark;
        if (count == 0)
        {
            return [];
        }

        // Every node pushed since the mark came from the same grammar rule, so it is a T: copy without
        // per-item type checks (Array.Copy between different array types checks each one).
        // The popped slots keep their references: the stack lives only as long as this parse.
        var items = new T[count];
        ref T destination = ref MemoryMarshal.GetArrayDataReference(items);
        ref NodeSlot source = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_stack), mark);
        for (int i = 0; i < count; i++)
        {
            Unsafe.Add(ref destination, i) = Unsafe.As<T>(Unsafe.Add(ref source, i).Node);
        }

        _stackTop = mark;
        return items;
    }

    /// <summary>Enters one more level of nesting, refusing documents deeper than the limit (or than the stack allows).</summary>
    private void EnterLevel()
    {
        // The stack probe runs every eighth level: a few frames per level stay far inside its margin.
        if (++_depth > _maxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            ThrowTooDeep();
        }
    }

    // Out of line, as ThrowTooManyTokens: EnterLevel is inlined into every nesting rule.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooDeep() => ThrowAt(_token, $"Document nests deeper than {_maxDepth} levels. Parsing aborted.");

    private void ExitLevel() => _depth--;

    /// <summary>graphql-js's <c>getTokenDesc</c>: the kind, and the value in quotes when the token has one.</summary>
    private readonly string Describe(Token token)
    {
        string? value = token.Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => Source.Decode(token.Start, token.End),
            TokenKind.String => StringValues.DecodeString(Source, token),
            TokenKind.BlockString => StringValues.DecodeBlockString(Source, token),
            _ => null,
        };
        return value is null ? token.Kind.Describe() : $"{token.Kind.Describe()} \"{value}\"";
    }

    private struct NodeSlot
    {
        public SyntaxNode Node;
    }

    /// <summary>The first token's part of a node's location (a token is twice the size).</summary>
    private readonly struct NodeStart(int start16, int line, int column)
    {
        public int Start16 { get; } = start16;

        public int Line { get; } = line;

        public int Column { get; } = column;
    }

    [DoesNotReturn]
    private readonly void Unexpected(Token token) => ThrowAt(token, $"Unexpected {Describe(token)}.");

    [DoesNotReturn]
    private readonly void ThrowAt(Token token, string description) => SyntaxErrors.Throw(Source, token.Start, description);
}
