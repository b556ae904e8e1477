# Follow-up questions per subject (dialogs/followups.yaml).

## Safety
safety-safe-now = Şu an güvende misin?
safety-numbers =
    Tehlikede misin? Hemen 112'yi ara.
    Evde şiddet varsa ya da biri için endişeleniyorsan: Veilig Thuis'i ara (ev içi şiddet yardım hattı), 0800-2000 (ücretsiz, gece gündüz).
    İntihar etmeyi düşünüyor musun? 113 Zelfmoordpreventie'yi ara (intiharı önleme hattı): 0800-0113. Ya da 113.nl adresine bak.
    Çocuklar ve gençler Kindertelefoon'u (çocuklar için yardım hattı) arayabilir: 0800-0432.
safety-call-soon = Birinin seni kısa sürede araması ister misin?
summary-safe-now = Şu an güvende
summary-call-soon = Kısa sürede arama

## Money
money-deadline = Bir icra memurundan (deurwaarder) mektup aldın mı? Ya da belli bir tarihe kadar ödemen gereken bir şey var mı?
money-fixed-costs = Bu ay kira ve enerji gibi sabit giderlerini ödeyebiliyor musun?
money-fixed-costs-yes = Evet
money-fixed-costs-partly = Bir kısmını
money-fixed-costs-no = Hayır
money-help-already = Para konusunda zaten yardım alıyor musun?
summary-money-deadline = İcra memuru ya da ödeme tarihi
summary-money-fixed-costs = Sabit giderleri ödeme
summary-money-help-already = Para konusunda yardım

## Housing
housing-risk = Evini kaybetmekten korkuyor musun?
housing-risk-no = Hayır
housing-risk-maybe = Belki
housing-risk-soon = Evet, yakında
housing-risk-no_home = Şu an evim yok
housing-sleep-tonight = Bu gece uyuyabileceğin güvenli bir yer var mı?
housing-problem = Evle ilgili en büyük sorun ne?
housing-problem-rent_arrears = Kira borcu
housing-problem-repairs = Bozuk şeyler ya da küf
housing-problem-too_small = Ev çok küçük
housing-problem-neighbours = Komşularla sorun
housing-problem-other = Başka bir şey
summary-housing-risk = Evi kaybetme
summary-housing-sleep-tonight = Bu gece uyuyacak yer
summary-housing-problem = Evle ilgili sorun

## Work
work-status = Şu an bir işin var mı?
work-status-working = Evet, çalışıyorum
work-status-looking = Hayır, iş arıyorum
work-status-cannot = Hayır, şu an çalışamıyorum
work-status-student = Okula gidiyorum ya da okuyorum
work-wish = Ne konuda yardım istersin?
work-wish-find_work = İş bulmak
work-wish-income = Yeterli gelir
work-wish-training = Bir eğitim ya da kurs
work-wish-conflict = İş yerimde bir sorun
summary-work-status = İş
summary-work-wish = Yardım konusu

## Health
health-kind = Konu bedenin mi, nasıl hissettiğin mi, yoksa ikisi de mi?
health-kind-body = Bedenim
health-kind-mind = Nasıl hissettiğim
health-kind-both = İkisi de
health-doctor = Bir aile hekimin (huisarts) var mı?
summary-health-kind = Sağlık
summary-health-doctor = Aile hekimi

## Family
family-children = Konu çocuklarla da ilgili mi?
family-worry = Seni ne endişelendiriyor?
family-worry-school = Okul
family-worry-upbringing = Çocuk yetiştirme
family-worry-childcare = Çocuklara bakım
family-worry-relationship = İlişkim
family-worry-other = Başka bir şey
summary-family-children = Çocuklarla ilgili
summary-family-worry = Endişe konusu

## Contact with others
social-contact = Başka insanlarla ne kadar sık konuşuyorsun?
social-contact-daily = Her gün
social-contact-weekly = Haftada birkaç kez
social-contact-rarely = Neredeyse hiç
social-wish = Ne hoşuna giderdi?
social-wish-activity = Mahallede birlikte bir şey yapmak
social-wish-coffee = Biriyle çay kahve içmek
social-wish-volunteer = Gönüllü çalışmak
social-wish-talk = Sadece konuşabileceğim biri
summary-social-contact = İnsanlarla görüşme
summary-social-wish = Hoşuna gidecek olan

## Letters and forms
paperwork-kind = Mektup ya da form kimden geldi?
paperwork-kind-municipality = Belediye (Gemeente)
paperwork-kind-tax = Belastingdienst (vergi dairesi) ya da toeslag (devlet desteği)
paperwork-kind-benefit = UWV (iş ve sosyal güvenlik kurumu) ya da yardım parası
paperwork-kind-insurance = Sağlık sigortası
paperwork-kind-energy = Enerji ya da su
paperwork-kind-school = Okul ya da DUO (öğrenim ve öğrenci kredisi kurumu)
paperwork-kind-other = Başka bir şey
paperwork-deadline = Mektupta bir son tarih var mı? Yani o tarihe kadar bir şey yapman gerekiyor mu?
summary-paperwork-kind = Mektup kimden
summary-paperwork-deadline = Mektuptaki tarih

## Dutch language
language-learn = Hollandaca ile ilgili ne istiyorsun?
language-learn-speak = Daha iyi konuşmak
language-learn-read_write = Daha iyi okuyup yazmak
language-learn-both = İkisi de
language-learn-interpreter = Tercüman istiyorum
language-interpreter = Mahalle çalışanıyla görüşürken bir tercüman ister misin?
summary-language-learn = Dil
summary-language-interpreter = Tercüman

## The neighbourhood
neighbourhood-topic = Konu ne?
neighbourhood-topic-nuisance = Gürültü ve rahatsızlık
neighbourhood-topic-street_safety = Sokak güvenli değil
neighbourhood-topic-litter = Sokakta çöp
neighbourhood-topic-activities = Mahallede etkinlikler
neighbourhood-topic-idea = Bir fikrim var
neighbourhood-join = Mahallede sen de bir şey yapmak ister misin?
summary-neighbourhood-topic = Mahalle konusu
summary-neighbourhood-join = Kendin bir şey yapmak
