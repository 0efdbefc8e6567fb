#!/usr/bin/env bash
# Install the Debian packages magpipe needs when they are missing.
# Usage: tools/ensure-system-deps.sh [--browser] [--fonts] [--bench]
#   always: tesseract-ocr with its eng, vie and osd data; poppler-utils (pdftoppm for checks)
#   --browser: chromium, for the review-page browser test
#   --fonts: typefaces with Vietnamese letters for building the confusion table and its
#            bench (tools/typefaces.py) and for the generated layout families
#            (fixtures/journal_kit.py, sixth_kit.py, seventh_kit.py, eighth_kit.py,
#            ninth_kit.py, tenth_kit.py, eleventh_kit.py, twelfth_kit.py, thirteenth_kit.py;
#            without them DejaVu stands in);
#            make confusion and make bench ask for them, the product and make test never
#            need them
#   --bench: ghostscript, which OCRmyPDF needs (bench/bench_ocr_mix.py times magpipe against
#            it; OCRmyPDF itself goes into the bench's own environment, .bench/ocrmypdf)
set -euo pipefail

# The whole script is one function (its body left unindented), called on the last line: bash
# reads a script as it runs it, so a script file rewritten in place while apt-get runs
# (minutes on a fresh machine: a checkout, an editor saving this file) had bash resume at its
# old byte offset in the new text and run whatever it found there ("line 91: i: command not
# found", past the end of the 90-line file). A function is read whole before it is called.
main() {
missing=()
have_lang() { tesseract --list-langs 2>/dev/null | grep -qx "$1"; }
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
have_lang eng || missing+=(tesseract-ocr-eng)
have_lang vie || missing+=(tesseract-ocr-vie)
have_lang osd || missing+=(tesseract-ocr-osd)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || missing+=(fonts-dejavu-core)
for flag in "$@"; do
    case "$flag" in
        --browser) command -v chromium >/dev/null 2>&1 || missing+=(chromium) ;;
        --fonts)
            fonts=/usr/share/fonts
            [ -e $fonts/truetype/freefont/FreeSerif.ttf ] || missing+=(fonts-freefont-ttf)
            [ -e $fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation2)
            [ -e $fonts/X11/Type1/qtmr.pfb ] || missing+=(tex-gyre)
            [ -e $fonts/truetype/noto/NotoSerif-Regular.ttf ] || missing+=(fonts-noto-core)
            [ -e $fonts/truetype/crosextra/Carlito-Regular.ttf ] || missing+=(fonts-crosextra-carlito)
            # the seventh round's layout families' faces (fixtures/seventh_kit.py)
            [ -e $fonts/truetype/open-sans/OpenSans-Regular.ttf ] || missing+=(fonts-open-sans)
            [ -e $fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf ] || missing+=(fonts-roboto-unhinted)
            # the eighth round's layout families' faces (fixtures/eighth_kit.py)
            [ -e $fonts/truetype/charis/CharisSIL-Regular.ttf ] || missing+=(fonts-sil-charis)
            [ -e $fonts/truetype/vollkorn/Vollkorn-Regular.ttf ] || missing+=(fonts-vollkorn)
            [ -e $fonts/truetype/gentiumplus/GentiumPlus-Regular.ttf ] || missing+=(fonts-sil-gentiumplus)
            [ -e $fonts/truetype/lato/Lato-Regular.ttf ] || missing+=(fonts-lato)
            # the ninth round's layout families' faces (fixtures/ninth_kit.py)
            [ -e $fonts/truetype/andika/Andika-Regular.ttf ] || missing+=(fonts-sil-andika)
            [ -e $fonts/truetype/ebgaramond/EBGaramond12-Regular.ttf ] || missing+=(fonts-ebgaramond-extra)
            [ -e $fonts/truetype/manrope/Manrope-Regular.ttf ] || missing+=(fonts-manrope)
            # the tenth round's layout families' faces (fixtures/tenth_kit.py)
            [ -e $fonts/truetype/fonts-yrsa-rasa/Yrsa-Regular.ttf ] || missing+=(fonts-yrsa-rasa)
            [ -e $fonts/truetype/doulos/DoulosSIL-Regular.ttf ] || missing+=(fonts-sil-doulos)
            [ -e $fonts/truetype/quicksand/Quicksand-Regular.ttf ] || missing+=(fonts-quicksand)
            # the eleventh round's layout families' faces (fixtures/eleventh_kit.py)
            [ -e $fonts/truetype/croscore/Tinos-Regular.ttf ] || missing+=(fonts-croscore)
            [ -e $fonts/truetype/comfortaa/Comfortaa-Regular.ttf ] || missing+=(fonts-comfortaa)
            # the twelfth round's layout families' face (fixtures/twelfth_kit.py)
            [ -e $fonts/truetype/clear-sans/ClearSans-Regular.ttf ] || missing+=(fonts-clear-sans)
            # the thirteenth round's layout families' faces (fixtures/thirteenth_kit.py):
            # Gentium Book Plus ships with Gentium Plus (a version that has it), Cousine with
            # croscore
            [ -e $fonts/truetype/gentiumplus/GentiumBookPlus-Regular.ttf ] || missing+=(fonts-sil-gentiumplus)
            [ -e $fonts/truetype/croscore/Cousine-Regular.ttf ] || missing+=(fonts-croscore)
            # the fourteenth round's layout families' faces (fixtures/fourteenth_kit.py): Rasa
            # ships with Yrsa
            [ -e $fonts/truetype/fonts-yrsa-rasa/Rasa-Regular.ttf ] || missing+=(fonts-yrsa-rasa)
            [ -e $fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf ] || missing+=(fonts-jetbrains-mono)
            # the fifteenth round's layout families' faces (fixtures/fifteenth_kit.py): the
            # condensed Noto Serif and Noto Sans, Noto Sans Mono
            [ -e $fonts/truetype/noto/NotoSerif-Condensed.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSansMono-Regular.ttf ] || missing+=(fonts-noto-mono)
            # the sixteenth round's layout families' faces (fixtures/sixteenth_kit.py): the
            # semi- and extra-condensed Noto ship with the condensed ones, FreeMono with
            # FreeSerif
            [ -e $fonts/truetype/noto/NotoSerif-SemiCondensed.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSans-ExtraCondensed.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/freefont/FreeMono.ttf ] || missing+=(fonts-freefont-ttf)
            # the seventeenth round's layout families' faces (fixtures/seventeenth_kit.py): Noto Sans
            # SemiCondensed and Noto Serif ExtraCondensed ship with the condensed ones
            [ -e $fonts/truetype/noto/NotoSans-SemiCondensed.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSerif-ExtraCondensed.ttf ] || missing+=(fonts-noto-extra)
            # the eighteenth round's layout families' faces (fixtures/eighteenth_kit.py): Noto
            # Serif's light and semibold weights, Noto Sans Display's semi-condensed width
            [ -e $fonts/truetype/noto/NotoSerif-Light.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSansDisplay-SemiCondensed.ttf ] || missing+=(fonts-noto-extra)
            # the nineteenth round's layout families' faces (fixtures/nineteenth_kit.py): Noto Sans's
            # medium and extra-bold weights, Noto Serif Display's condensed width
            [ -e $fonts/truetype/noto/NotoSans-Medium.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-Condensed.ttf ] || missing+=(fonts-noto-extra)
            # the twentieth round's layout families' faces (fixtures/twentieth_kit.py): Noto Serif's
            # medium and black weights, Noto Sans Display's extra-condensed width
            [ -e $fonts/truetype/noto/NotoSerif-Medium.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSansDisplay-ExtraCondensed.ttf ] || missing+=(fonts-noto-extra)
            # the twenty-first round's layout families' faces (fixtures/twentyfirst_kit.py): Noto Sans's
            # light and semibold weights, Noto Serif Display's semi-condensed width
            [ -e $fonts/truetype/noto/NotoSans-Light.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-SemiCondensed.ttf ] || missing+=(fonts-noto-extra)
            # the twenty-second round's layout families' faces (fixtures/twentysecond_kit.py): Roboto's
            # light and medium weights, Noto Serif Display's extra-condensed width
            [ -e $fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf ] || missing+=(fonts-roboto-unhinted)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-ExtraCondensed.ttf ] || missing+=(fonts-noto-extra)
            # the twenty-third round's layout families' faces (fixtures/twentythird_kit.py): Open Sans's
            # light and semibold weights, Noto Sans Display's condensed width
            [ -e $fonts/truetype/open-sans/OpenSans-Light.ttf ] || missing+=(fonts-open-sans)
            [ -e $fonts/truetype/noto/NotoSansDisplay-Condensed.ttf ] || missing+=(fonts-noto-extra)
            # the twenty-fourth round's layout families' faces (fixtures/twentyfourth_kit.py): Open Sans's
            # condensed light and bold cuts, Noto Serif Display's light and semibold weights
            [ -e $fonts/truetype/open-sans/OpenSans-CondLight.ttf ] || missing+=(fonts-open-sans)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-Light.ttf ] || missing+=(fonts-noto-extra)
            # the twenty-fifth round's layout families' faces (fixtures/twentyfifth_kit.py): Roboto
            # Condensed's light cuts, Noto Sans Display's medium and black weights
            [ -e $fonts/truetype/roboto/unhinted/RobotoCondensed-Light.ttf ] || missing+=(fonts-roboto-unhinted)
            [ -e $fonts/truetype/noto/NotoSansDisplay-Medium.ttf ] || missing+=(fonts-noto-extra)
            # the twenty-sixth round's layout families' faces (fixtures/twentysixth_kit.py): Vollkorn's
            # medium and extra-bold weights, Lato's heavy and black weights
            [ -e $fonts/truetype/vollkorn/Vollkorn-Medium.ttf ] || missing+=(fonts-vollkorn)
            [ -e $fonts/truetype/lato/Lato-Heavy.ttf ] || missing+=(fonts-lato)
            # the twenty-seventh round's layout families' faces (fixtures/twentyseventh_kit.py): Noto Serif
            # Display's medium and extra-bold weights, Lato's semibold weight
            [ -e $fonts/truetype/noto/NotoSerifDisplay-Medium.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/lato/Lato-Semibold.ttf ] || missing+=(fonts-lato)
            # the twenty-eighth round's layout families' faces (fixtures/twentyeighth_kit.py): Noto Serif
            # SemiCondensed's medium and extra-bold weights, Noto Sans Display SemiCondensed's
            # semibold and black weights
            [ -e $fonts/truetype/noto/NotoSerif-SemiCondensedMedium.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSansDisplay-SemiCondensedSemiBold.ttf ] || missing+=(fonts-noto-extra)
            # the twenty-ninth round's layout families' faces (fixtures/twentyninth_kit.py): Noto Serif
            # Condensed's light and semibold weights, Noto Sans Display ExtraCondensed's
            # semibold and extra-bold weights
            [ -e $fonts/truetype/noto/NotoSerif-CondensedLight.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSansDisplay-ExtraCondensedSemiBold.ttf ] || missing+=(fonts-noto-extra)
            # the thirtieth round's layout families' faces (fixtures/thirtieth_kit.py): Noto Serif
            # SemiCondensed's light and semibold weights, Noto Serif Display Condensed's medium
            # and extra-bold weights
            [ -e $fonts/truetype/noto/NotoSerif-SemiCondensedLight.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-CondensedMedium.ttf ] || missing+=(fonts-noto-extra)
            # the thirty-first round's layout families' faces (fixtures/thirtyfirst_kit.py): Yrsa's
            # medium and semibold weights, Open Sans's extra-bold weight
            [ -e $fonts/truetype/fonts-yrsa-rasa/Yrsa-Medium.ttf ] || missing+=(fonts-yrsa-rasa)
            [ -e $fonts/truetype/open-sans/OpenSans-ExtraBold.ttf ] || missing+=(fonts-open-sans)
            # the thirty-second round's layout families' faces (fixtures/thirtysecond_kit.py): Lato's
            # medium weight, Roboto Condensed's medium weight
            [ -e $fonts/truetype/lato/Lato-Medium.ttf ] || missing+=(fonts-lato)
            [ -e $fonts/truetype/roboto/unhinted/RobotoCondensed-Medium.ttf ] || missing+=(fonts-roboto-unhinted)
            # the thirty-third round's layout families' faces (fixtures/thirtythird_kit.py): Clear Sans's
            # medium weight, Vollkorn's semibold and black weights
            [ -e $fonts/truetype/clear-sans/ClearSans-Medium.ttf ] || missing+=(fonts-clear-sans)
            [ -e $fonts/truetype/vollkorn/Vollkorn-SemiBold.ttf ] || missing+=(fonts-vollkorn)
            [ -e $fonts/truetype/vollkorn/Vollkorn-Black.ttf ] || missing+=(fonts-vollkorn)
            # the thirty-fourth round's layout families' faces (fixtures/thirtyfourth_kit.py): Lato's
            # light weight, Noto Serif Display SemiCondensed's semibold and black weights
            [ -e $fonts/truetype/lato/Lato-Light.ttf ] || missing+=(fonts-lato)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-SemiCondensedSemiBold.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-SemiCondensedBlack.ttf ] || missing+=(fonts-noto-extra)
            # the thirty-fifth round's layout families' faces (fixtures/thirtyfifth_kit.py): Noto Sans
            # Condensed's light and semibold weights, Noto Sans Display Condensed's extra-bold
            # and black weights
            [ -e $fonts/truetype/noto/NotoSans-CondensedLight.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSans-CondensedSemiBold.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSansDisplay-CondensedExtraBold.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSansDisplay-CondensedBlack.ttf ] || missing+=(fonts-noto-extra)
            # the thirty-sixth round's layout families' faces (fixtures/thirtysixth_kit.py): Noto Sans
            # SemiCondensed's light and semibold weights, Noto Serif Display ExtraCondensed's
            # semibold and black weights
            [ -e $fonts/truetype/noto/NotoSans-SemiCondensedLight.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSans-SemiCondensedSemiBold.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-ExtraCondensedSemiBold.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSerifDisplay-ExtraCondensedBlack.ttf ] || missing+=(fonts-noto-extra)
            # this round's held-out layout families' faces (fixtures/heldout_kit.py): Noto Serif
            # Condensed's medium and extra-bold weights, Noto Sans ExtraCondensed's semibold and
            # extra-bold weights
            [ -e $fonts/truetype/noto/NotoSerif-CondensedMedium.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSerif-CondensedExtraBold.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSans-ExtraCondensedSemiBold.ttf ] || missing+=(fonts-noto-extra)
            [ -e $fonts/truetype/noto/NotoSans-ExtraCondensedExtraBold.ttf ] || missing+=(fonts-noto-extra)
            ;;
        --bench) command -v gs >/dev/null 2>&1 || missing+=(ghostscript) ;;
        *) echo "usage: $0 [--browser] [--fonts] [--bench]" >&2; exit 2 ;;
    esac
done

[ ${#missing[@]} -eq 0 ] && return 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
else
    echo "magpipe: missing system packages: ${missing[*]}; run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
}

main "$@"; exit $?
