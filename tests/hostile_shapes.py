#!/usr/bin/env python3
"""Hostile inputs, generated at a given scale: the shapes that could make a
grammar, the resolver or a writer slow, and the byte sequences a careless
reader trips on. Used by tests/hostile.sh (does each shape get a sound
answer?) and bench/linear.sh (does 10x the input cost about 10x?).

    tests/hostile_shapes.py SHAPE N > FILE     write one shape, N units
    tests/hostile_shapes.py --list              the shapes and what N counts

Names in here are made up.
"""
import sys

SENTENCE = ('Ann Roe, the mayor, said the bridge would open in May and that '
            '"it is safe," adding that the council agreed. ')


def long_line(n):
    # an article with no line break at all: n sentences
    return (SENTENCE * n).encode()


def long_plain(n):
    # n plain sentences on one line and one report at the end: size, not output
    return ('The bridge opens in May and the river runs under it to the sea. ' * n +
            'Ann Roe said it is safe.\n').encode()


def nested_quotes(n):
    return ('She said ' + '\u201c' * n + 'deep' + '\u201d' * n + '.\n').encode()


def nested_ascii(n):
    return b'She said ' + b'"' * n + b'deep' + b'"' * n + b'.\n'


def unpaired_quotes(n):
    return b'Bob Lee said "' + b'x "' * n + b'\n'


def unterminated(n):
    # one quotation that never closes, n words long
    return b'Ann Roe said: "' + b'the plan works and ' * n


def long_name(n):
    return b' '.join([b'Ann'] * n) + b' said the plan works.\n'


def many_names(n):
    # n different people, one surname: every new name is compared with the others
    out = []
    for i in range(n):
        first = 'Ann' + ''.join(chr(ord('a') + int(d)) for d in str(i))
        out.append(f'{first} Roe said the plan works. ')
    return ''.join(out).encode()


def many_pronouns(n):
    # n men named, then n times "she": the nearest woman is far back
    return (('Mr. Bob Lee said the plan works. ' * n) + ('She said it did not. ' * n)).encode()


def many_cues(n):
    # one sentence of n speech verbs: every clause runs to the sentence's end
    return b'Ann Roe said ' + b'he said ' * n + b'it works.\n'


def many_commas(n):
    return b'Ann Roe said, ' + b'Bob Lee said, ' * n + b'it works.\n'


def many_lines(n):
    return b'Ann Roe said the plan works.\n' * n


def cr_lines(n):
    return b'Ann Roe said the plan works.\r' * n


def crlf_lines(n):
    return b'Ann Roe said the plan works.\r\n\r\n' * n


def invalid_utf8(n):
    return b'Ann Roe said the caf\xe9 \xff would close. ' * n


def jsonl_huge_id(n):
    return b'{"id": "' + b'x' * (n * 100) + b'", "text": "Ann Roe said the plan works."}\n'


SHAPES = {
    'long_line': (long_line, 'sentences on one line'),
    'long_plain': (long_plain, 'plain sentences on one line, one report at the end'),
    'nested_quotes': (nested_quotes, 'levels of curly quotes'),
    'nested_ascii': (nested_ascii, 'levels of straight quotes'),
    'unpaired_quotes': (unpaired_quotes, 'straight quote marks, none paired'),
    'unterminated': (unterminated, 'words after a quote that never closes'),
    'long_name': (long_name, 'words in one name'),
    'many_names': (many_names, 'distinct people of one surname'),
    'many_pronouns': (many_pronouns, 'men named, then pronouns for a woman'),
    'many_cues': (many_cues, 'speech verbs in one sentence'),
    'many_commas': (many_commas, 'comma-separated frames in one sentence'),
    'many_lines': (many_lines, 'lines'),
    'cr_lines': (cr_lines, 'lines ended by CR alone'),
    'crlf_lines': (crlf_lines, 'paragraphs ended by CRLF'),
    'invalid_utf8': (invalid_utf8, 'sentences with invalid UTF-8 bytes'),
    'jsonl_huge_id': (jsonl_huge_id, 'hundreds of bytes of id (JSONL)'),
}


def main(argv):
    if len(argv) == 2 and argv[1] == '--list':
        for name, (_, what) in SHAPES.items():
            print(f'{name}\tN = {what}')
        return 0
    if len(argv) != 3 or argv[1] not in SHAPES or not argv[2].isdigit():
        print(__doc__.strip(), file=sys.stderr)
        return 2
    sys.stdout.buffer.write(SHAPES[argv[1]][0](int(argv[2])))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
