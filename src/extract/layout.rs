//! Which parts of a page are the story, by layout alone.
//!
//! A web page carries more than its story: navigation lines before it, an author's bio,
//! teaser headlines of other stories and comment forms after it. They are recognized by how
//! they look — short headline-like lines, lines cut off with "…", a run of such lines, a
//! paragraph that talks about the outlet itself or gives contact details — never by lists of
//! words, so the rules hold for any outlet.

use std::ops::Range;

/// A line of the text with what its layout says.
#[derive(Debug, Clone)]
struct Line {
    range: Range<usize>,
    /// How many words it has, counted up to the most it is asked about (see `lines`).
    words: usize,
    /// Reads as running text: long, or ending like a sentence.
    prose: bool,
    /// Ends in an ellipsis: a teaser cut off from another page.
    cut: bool,
}

/// The byte ranges of the story's paragraphs and of the furniture around them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    pub story: Vec<Range<usize>>,
    pub furniture: Vec<Range<usize>>,
}

/// A layout's lists and the list of lines it was read from, emptied, for the next text's
/// (see [`layout_reusing`]).
#[derive(Debug, Default)]
pub(crate) struct Spare {
    layout: Layout,
    lines: Vec<Line>,
}

impl Spare {
    /// The list of `lines`, without a layout's.
    fn with_lines(lines: Vec<Line>) -> Spare {
        Spare {
            layout: Layout::default(),
            lines,
        }
    }

    /// The lists of `layout`, read with `spare`'s lines, emptied.
    pub(crate) fn new(mut layout: Layout, mut spare: Spare) -> Spare {
        layout.story.clear();
        layout.furniture.clear();
        spare.lines.clear();
        Spare {
            layout,
            lines: spare.lines,
        }
    }
}

/// Fills `lines` with the lines of `text`, replacing what they held.
fn lines(text: &str, lines: &mut Vec<Line>) {
    lines.clear();
    let mut start = 0;
    // Each line with its newline, found by a vectorized search (the last line may have
    // none, and after a last newline there is only an empty line, which is skipped).
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1);
    for end in ends.chain(std::iter::once(text.len())) {
        let piece = &text[start..end];
        let content = piece.trim();
        if !content.is_empty() {
            let offset = start + (piece.len() - piece.trim_start().len());
            let range = offset..offset + content.len();
            let ends_sentence = content.ends_with(['.', '!', '?', '"', '\u{201d}', ':']);
            let cut = content.ends_with('\u{2026}') || content.ends_with("...");
            // Lines are told apart by 4, 12 and 25 words (see `prose` and the headline): a
            // line cut off is asked only whether it has 4, and one that ends like a sentence,
            // as nearly every paragraph does, whether it has 12. It is counted no further.
            let cap = if cut {
                4
            } else if ends_sentence {
                12
            } else {
                25
            };
            let words = word_count(content, cap);
            lines.push(Line {
                range,
                words,
                prose: !cut && (words >= 25 || words >= 12 && ends_sentence),
                cut,
            });
        }
        start = end;
    }
}

/// How many words `line` has, as `split_whitespace` counts them, up to `cap`: every line of
/// a report is counted, but a line is asked no more than whether it has a few dozen words,
/// and a paragraph has hundreds. The line is read in blocks, each ASCII one (as nearly all
/// are) by bytes, until the count reaches `cap`.
fn word_count(line: &str, cap: usize) -> usize {
    // A block is tested for ASCII and counted at once, and the cap is checked after each:
    // a line is read no more than a block past the word that reaches it.
    const BLOCK: usize = 64;
    // The ASCII characters `char::is_whitespace` takes.
    let space = |byte: u8| byte == b' ' || (b'\t'..=b'\r').contains(&byte);
    let bytes = line.as_bytes();
    let mut words = 0;
    // Whether the byte before the block is a space; the line's start counts as one.
    let mut after_space = true;
    let mut start = 0;
    while start < bytes.len() && words < cap {
        let mut end = (start + BLOCK).min(bytes.len());
        let block = &bytes[start..end];
        if block.is_ascii() {
            words += word_starts(block, after_space);
            after_space = block.last().is_some_and(|&byte| space(byte));
        } else {
            // A block with a character past ASCII (a dash, a curly quote) is read by
            // characters, to the end of the one it cuts, and the blocks after it by bytes
            // again: the rest of the line read by characters cost more than the blocks.
            while !line.is_char_boundary(end) {
                end += 1;
            }
            for c in line.get(start..end).unwrap_or_default().chars() {
                let space = c.is_whitespace();
                words += usize::from(after_space && !space);
                after_space = space;
            }
        }
        start = end;
    }
    words.min(cap)
}

/// How many words start in `block` (of at most 64 bytes), ASCII bytes after a space or not
/// (`after_space`): at each byte that is no space after one that is. Eight bytes are tested
/// at a time, without a branch per byte, as every line of a report is counted.
fn word_starts(block: &[u8], after_space: bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `x`, below 0x80, set where that byte is at least `lo`:
    // no sum carries into the next byte.
    let at_least = |x: u64, lo: u8| x + ONES * u64::from(0x80 - lo);
    // One count of starts per byte's place, each at most the block's eight turns: they are
    // added up once, by a multiply, where a sum of set bits at every turn took a dozen
    // instructions (the target has no instruction for it).
    let mut lanes = 0u64;
    // The high bit of the first byte's place, set when the byte before it is a space.
    let mut before = u64::from(after_space) << 7;
    let mut chunks = block.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // The bytes equal to a space, and those from a tab to a carriage return (the ASCII
        // characters `char::is_whitespace` takes).
        let blank = word ^ (ONES * u64::from(b' '));
        let blanks = !(((blank & !HIGH_BITS) + ONES * 0x7f) | blank) & HIGH_BITS;
        let controls = at_least(word, b'\t') & !at_least(word, b'\r' + 1) & HIGH_BITS;
        let spaces = blanks | controls;
        lanes += ((spaces << 8 | before) & !spaces & HIGH_BITS) >> 7;
        before = spaces >> 56;
    }
    // The sum of the lanes gathers in the top byte; it is at most 64, as a lane is at most 8.
    let mut starts = (lanes.wrapping_mul(ONES) >> 56) as usize;
    let mut after = before != 0;
    for &byte in chunks.remainder() {
        let space = byte == b' ' || (b'\t'..=b'\r').contains(&byte);
        starts += usize::from(after && !space);
        after = space;
    }
    starts
}

/// Contact details mark a paragraph about the outlet, not the story: an email address, a web
/// address or a phone number of seven or more digits.
fn has_contact(text: &str) -> bool {
    text.contains('@')
        || text.contains("http://")
        || text.contains("https://")
        || text.contains("www.")
        || has_phone_number(text)
}

/// Whether `text` holds seven or more digits in a run of digits, spaces, hyphens, plus signs
/// and parentheses: "+1 (555) 010-0199". Those are all ASCII, so the text is read by bytes,
/// where a split into runs decoded every character of every paragraph checked.
fn has_phone_number(text: &str) -> bool {
    // Most paragraphs hold fewer than seven digits in all, which a count the compiler runs
    // many bytes at a time tells before the run is looked for byte by byte.
    if text.bytes().filter(u8::is_ascii_digit).count() < 7 {
        return false;
    }
    let mut digits = 0;
    for &byte in text.as_bytes() {
        if byte.is_ascii_digit() {
            digits += 1;
            if digits >= 7 {
                return true;
            }
        } else if !matches!(byte, b' ' | b'-' | b'+' | b'(' | b')') {
            digits = 0;
        }
    }
    false
}

/// Capitalized words that do not open a sentence: the names a paragraph talks about.
fn names(text: &str) -> impl Iterator<Item = &str> {
    let mut opens_sentence = true;
    text.split_whitespace().filter_map(move |word| {
        let name = capitalized(word).filter(|_| !opens_sentence);
        opens_sentence = word.ends_with(['.', '!', '?', '"', '\u{201d}']);
        name
    })
}

/// The word without the marks around it, when it is capitalized and longer than a letter.
fn capitalized(word: &str) -> Option<&str> {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    (bare.len() > 1 && bare.starts_with(char::is_uppercase)).then_some(bare)
}

/// A paragraph that names people or places of which the story says nothing is about
/// something else: "A recent graduate, Jane Roe writes ..." after a story on a border war.
/// One that names more than [`MAX_NAMES`] is not a bio, and is not looked up name by name.
/// The names are read one at a time: the first the story has settles it, and nearly every
/// paragraph's first name or two are the story's.
fn unrelated(paragraph: &str, story: &str) -> bool {
    // Asked first, as it reads three words where the names are looked for in the whole
    // story: a paragraph that opens naming no one in full is no bio, whatever it names.
    if !names_someone(paragraph) {
        return false;
    }
    let mut count = 0;
    for name in names(paragraph) {
        count += 1;
        if count > MAX_NAMES || story.contains(name) {
            return false;
        }
    }
    count >= 2
}

/// Whether the paragraph opens by naming someone in full, as a bio opens with its subject
/// ("Jane Roe covers diplomacy", "By Jane Roe", "Dr. Jane Roe is"): two capitalized words in
/// a row within its first three. A closing paragraph of the story that names only new places
/// and days ("Qatar mediated talks in Doha on Sunday"), or new names further in ("Talks
/// between the army and the Ta'ang National Liberation Army ended"), is the story's.
fn names_someone(paragraph: &str) -> bool {
    let mut words = paragraph.split_whitespace().take(3);
    let mut before = words.next().and_then(capitalized).is_some();
    words.any(|word| {
        let now = capitalized(word).is_some();
        let pair = before && now;
        before = now && !word.ends_with(['.', ',', ';', ':']);
        pair
    })
}

/// Bios, contact lines and notices after a story are a few paragraphs; each one checked costs
/// a pass over the story, so only this many are checked, and only paragraphs naming this
/// many people or places at most can be bios.
const MAX_TRAILING: usize = 8;
const MAX_NAMES: usize = 32;

/// Splits `text` into story and furniture. `outlet` is the report's source name, when known:
/// a paragraph after the story that names it is about the outlet (a byline or bio).
#[cfg(test)]
pub(crate) fn layout(text: &str, outlet: Option<&str>) -> Layout {
    layout_reusing(text, outlet, Spare::default()).0
}

/// [`layout`] in the lists of `spare`, given back beside it with the lines it was read from
/// (see [`Spare::new`]): the reports of a thread are laid out one after another in the same
/// lists.
pub(crate) fn layout_reusing(text: &str, outlet: Option<&str>, spare: Spare) -> (Layout, Spare) {
    let Spare {
        mut layout,
        lines: mut all,
    } = spare;
    layout.story.clear();
    layout.furniture.clear();
    lines(text, &mut all);
    let lines = &all;
    // Nearly every line is the story's: room for all of them spares the copies of growing
    // the list line by line.
    layout.story.reserve(lines.len());
    let Some(first_prose) = lines.iter().position(|l| l.prose) else {
        // No running text at all: everything that is not cut off counts, for short inputs.
        for line in lines {
            if line.cut {
                layout.furniture.push(line.range.clone())
            } else {
                layout.story.push(line.range.clone())
            }
        }
        return (layout, Spare::with_lines(all));
    };
    let last_prose = lines.iter().rposition(|l| l.prose).unwrap_or(first_prose);
    // After the story, prose paragraphs that follow a piece of furniture, name the outlet or
    // give contact details are furniture too (bios, contact lines, legal notices).
    let mut story_end = last_prose;
    let mut checked = 0;
    for (index, line) in lines
        .iter()
        .enumerate()
        .take(last_prose + 1)
        .skip(first_prose + 1)
        .rev()
    {
        if line.prose {
            if checked == MAX_TRAILING {
                break;
            }
            checked += 1;
        }
        let content = &text[line.range.clone()];
        let about_outlet = outlet.is_some_and(|o| !o.is_empty() && content.contains(o));
        let followed_by_furniture =
            lines.get(index + 1).is_some_and(|next| !next.prose) || index == last_prose;
        let story_so_far = &text[lines[first_prose].range.start..lines[index - 1].range.end];
        if line.prose
            && followed_by_furniture
            && (about_outlet || has_contact(content) || unrelated(content, story_so_far))
        {
            story_end = index - 1;
        } else if line.prose {
            break;
        }
    }
    // Before the story, keep only the headline right above the first paragraph.
    let headline = first_prose
        .checked_sub(1)
        .filter(|&i| lines[i].words >= 4 && !lines[i].cut);
    for (index, line) in lines.iter().enumerate() {
        let in_story = index >= first_prose && index <= story_end || Some(index) == headline;
        if in_story && !line.cut {
            layout.story.push(line.range.clone());
        } else {
            layout.furniture.push(line.range.clone());
        }
    }
    (layout, Spare::with_lines(all))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_around_the_story() {
        let text = "Top Stories\n\nTalks collapse in Istanbul after four days\n\nISTANBUL — The talks between the two delegations ended on Tuesday without any agreement, officials said.\n\nOfficials said the mediators would try again next month, according to people briefed on the plan.\n\nJane Roe covers diplomacy for The Example Post. She joined in 2019.\n\nRelated\n- Cotton prices rise in the south\n- Metro line to open next year, says the commissioner of the…\n";
        let layout = layout(text, Some("The Example Post"));
        let story: Vec<&str> = layout.story.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(story.len(), 3, "{story:?}");
        assert!(story[0].starts_with("Talks collapse"));
        assert!(
            layout
                .furniture
                .iter()
                .any(|r| text[r.clone()].starts_with("Jane Roe"))
        );
        assert!(
            layout
                .furniture
                .iter()
                .any(|r| text[r.clone()].starts_with("Top Stories"))
        );
    }

    #[test]
    fn a_closing_paragraph_naming_new_places_is_the_story() {
        let story = "Pakistani and Afghan forces clashed along the border on Monday, and Pakistan \
                     said Afghan forces had shelled its posts.";
        let text = format!(
            "{story}\n\nQatar mediated talks between the two in Doha on Sunday, and the truce it \
             brokered held on Tuesday.\n"
        );
        let found = layout(&text, None);
        assert_eq!(found.story.len(), 2, "{found:?}");
        // A bio names someone in full.
        let text = format!(
            "{story}\n\nJane Roe covers diplomacy and security from Doha for the Gulf Desk. She \
             joined in 2019.\n"
        );
        let found = layout(&text, None);
        assert_eq!(found.story.len(), 1, "{found:?}");
        // One that names a new group further in is the story's.
        let text = format!(
            "{story}\n\nTalks between the army and the Ta'ang National Liberation Army, hosted \
             by China in Kunming, ended on Monday without agreement.\n"
        );
        let found = layout(&text, None);
        assert_eq!(found.story.len(), 2, "{found:?}");
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let check = |line: &str| {
            let all = line.split_whitespace().count();
            for cap in [0, 1, 4, 12, 25, 100, usize::MAX] {
                assert_eq!(word_count(line, cap), all.min(cap), "{line:?} up to {cap}");
            }
        };
        for line in [
            "",
            " \t\x0b\x0c\r",
            "Talks  collapse\tin Istanbul ",
            "KABUL \u{2014} talks\u{a0}ended\u{2003}today \u{201c}quoted\u{201d}",
        ] {
            check(line);
        }
        // Lines longer than a block, with words and spaces across every block boundary, and
        // a character past ASCII after them, inside a word or after a space.
        for unit in ["a ", "ab  ", "word\t", " x", "talks "] {
            for repeat in [31, 32, 63, 64, 127, 128, 255, 256, 300] {
                let line = unit.repeat(repeat);
                for cut in [0, 1, 2] {
                    let line = &line[cut.min(line.len())..];
                    check(line);
                    for tail in ["\u{e9}t\u{e9} here", " \u{2014} on", "\u{a0}x", "\u{2003}"] {
                        check(&format!("{line}{tail}"));
                        // Characters past ASCII before a long ASCII run, and across a block's
                        // end.
                        check(&format!("{tail}{line}"));
                        check(&format!("{}{tail}{line}", &line[..line.len().min(62)]));
                    }
                }
            }
        }
    }

    #[test]
    fn cut_lines_are_furniture_anywhere() {
        let text = "The latest round of talks ended without progress, the minister said on Friday. \"Our return…\nThe latest round of talks ended without progress, the minister said on Friday in the capital.";
        let layout = layout(text, None);
        assert_eq!(layout.story.len(), 1);
        assert_eq!(layout.furniture.len(), 1);
    }
}
