using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ClusterGraph.GraphQL.Language;

internal ref partial struct DocumentParser
{
    /// <summary>Parses one value literal (graphql-js's <c>parseValueLiteral</c>); constants only when <paramref name="isConst"/>.</summary>
    // Value[Const] :: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    //               | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    public ValueNode ParseValueLiteral(bool isConst)
    {
        Token token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = NameCache.Get(_names, Source.Bytes[token.Start..token.End]), Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = NameCache.Get(_names, Source.Bytes[token.Start..token.End]), Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return KeywordOf(token) switch
                {
                    Keyword.True => new BooleanValueNode { Value = true, Location = Loc(token) },
                    Keyword.False => new BooleanValueNode { Value = false, Location = Loc(token) },
                    Keyword.Null => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode { Value = NameCache.Get(_names, Source.Bytes[token.Start..token.End]), Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ThrowVariableInConstant(token);
                }

                return ParseVariable();
            default:
                Unexpected(_token);
                return null;
        }
    }

    // Out of line: the message's formatting would otherwise widen ParseValueLiteral's frame.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowVariableInConstant(Token dollar)
    {
        ExpectToken(TokenKind.Dollar);
        if (_token.Kind == TokenKind.Name)
        {
            ThrowAt(dollar, $"Unexpected variable \"${Source.Decode(_token.Start, _token.End)}\" in constant value.");
        }

        Unexpected(dollar);
    }

    // StringValue :: " StringCharacter* " | """ BlockStringCharacter* """
    private StringValueNode ParseStringLiteral()
    {
        Token token = _token;
        Advance();
        bool block = token.Kind == TokenKind.BlockString;
        string value = block ? StringValues.DecodeBlockString(Source, token) : StringValues.DecodeString(Source, token);
        return new StringValueNode { Value = value, Block = block, Location = Loc(token) };
    }

    // ListValue[Const] :: [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        NodeStart start = StartHere();
        EnterLevel();
        ExpectToken(TokenKind.BracketLeft);
        int mark = _stackTop;
        while (!ExpectOptionalToken(TokenKind.BracketRight))
        {
            Push(ParseValueLiteral(isConst));
        }

        ExitLevel();
        return new ListValueNode { Values = PopList<ValueNode>(mark), Location = Loc(start) };
    }

    // ObjectValue[Const] :: { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        NodeStart start = StartHere();
        EnterLevel();
        ExpectToken(TokenKind.BraceLeft);
        int mark = _stackTop;
        while (!ExpectOptionalToken(TokenKind.BraceRight))
        {
            Push(ParseObjectField(isConst));
        }

        ExitLevel();
        return new ObjectValueNode { Fields = PopList<ObjectFieldNode>(mark), Location = Loc(start) };
    }

    // ObjectField[Const] :: Name : Value[?Const]
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        NodeStart start = StartHere();
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        ValueNode value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = Loc(start) };
    }

    // Directives[Const] :: Directive[?Const]+
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        int mark = _stackTop;
        do
        {
            Push(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return PopList<DirectiveNode>(mark);
    }

    // Directive[Const] :: @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        NodeStart start = StartHere();
        ExpectToken(TokenKind.At);
        NameNode name = ParseName();
        ArgumentNode[] arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) };
    }

    /// <summary>Parses a type reference (graphql-js's <c>parseTypeReference</c>).</summary>
    // Type :: NamedType | ListType | NonNullType
    // ListType :: [ Type ]
    // NonNullType :: NamedType ! | ListType !
    public TypeNode ParseTypeReference()
    {
        NodeStart start = StartHere();
        TypeNode type;
        if (Peek(TokenKind.BracketLeft))
        {
            EnterLevel();
            Advance();
            TypeNode inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketRight);
            ExitLevel();
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = Loc(start) } : type;
    }

    // NamedType :: Name
    private NamedTypeNode ParseNamedType()
    {
        NodeStart start = StartHere();
        NameNode name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }
}
