# Texts the engine itself uses, at any step of any flow.
# Prosty polski, B1: krótkie zdania, codzienne słowa, jedno pytanie naraz.

## Buttons that are always there
button-person = 🙋 Porozmawiaj z człowiekiem
button-language = 🌐 Inny język
button-done = ✅ Gotowe

## Answers
answer-yes = Tak
answer-no = Nie
answer-skip = Pomiń
answer-anonymous = Wolę nie mówić
answer-unknown = Nie wiem

## Language names: always in the language itself, so everyone finds their own
language-nl = Nederlands
language-en = English
language-ar = العربية
language-tr = Türkçe
language-pl = Polski
language-uk = Українська

## When an answer does not fit
input-empty = Wiadomość jest pusta. Napisz odpowiedź albo naciśnij przycisk.
invalid-choice = Nie rozumiem. Naciśnij przycisk albo wpisz numer.
invalid-yesno = Odpowiedz tak albo nie. Możesz też nacisnąć przycisk.
invalid-number = Wpisz tylko liczbę, na przykład 3.
invalid-date = Wpisz datę tak: 25-12-2026 (dzień-miesiąc-rok).
invalid-phone = To chyba nie jest numer telefonu. Wpisz go tak: 06 12345678.
invalid-postcode = Kod pocztowy wygląda tak: 1234 AB. Nie znasz go? Naciśnij przycisk.
invalid-text = Nie widzę tekstu. Opowiedz spokojnie, własnymi słowami.
choice-noted = Dziękuję. Zapisuję twoje słowa. Teraz wybierz też temat poniżej.
multi-more = Czy jest coś jeszcze? Wybierz kolejny temat albo naciśnij Gotowe.
command-unknown = Nie znam tego polecenia.
resume-after-update = Przepraszam, coś mi się pomieszało. Kontynuujemy tam, gdzie się da.

## The summary
summary-line = • { $label }: { $value }

## The safety guard: shown at once when someone may be in danger, at any step
guard-safety =
    Martwię się tym, co piszesz. Nie musisz radzić sobie z tym w pojedynkę.
    Czy jesteś w niebezpieczeństwie? Zadzwoń od razu pod 112.
    Przemoc w domu albo martwisz się o kogoś? Zadzwoń do Veilig Thuis (pomoc przy przemocy domowej): 0800-2000. To nic nie kosztuje, w dzień i w nocy.
    Myślisz o samobójstwie? Zadzwoń do 113 Zelfmoordpreventie (telefon zapobiegania samobójstwom): 0800-0113 albo wejdź na 113.nl.
    Dla dzieci i młodzieży: Kindertelefoon (telefon zaufania dla dzieci), 0800-0432.
    Od razu daję też znać koordynatorowi z Luisterloket, że potrzebujesz pomocy. Potem spokojnie rozmawiamy dalej.

# A file (photo, letter, voice note) arrived without words.
media-saved = Dziękuję, twój plik jest zapisany. Jeśli umówisz się z pracownikiem dzielnicowym, on też go dostanie. Nie trzeba będzie wysyłać go jeszcze raz.

# A message arrived but could not be read (encrypted without its key).
message-unreadable = Twoja ostatnia wiadomość nie dotarła poprawnie. Nie udało mi się jej przeczytać. Możesz wysłać ją jeszcze raz?
