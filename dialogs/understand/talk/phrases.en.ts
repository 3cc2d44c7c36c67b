import type { PhraseTable, TalkIntent } from '../intents';

/** Small talk in English: greetings, thanks, goodbye, "what can you do?", and what is not Partner Center. */
export const phrases: PhraseTable<TalkIntent> = {
  greeting: ['hello', 'hello there', 'hey', 'hi there', 'hiya', 'good afternoon', 'good evening', 'morning', 'yo', 'greetings', 'hello assistant', 'hi bot', 'howdy', 'how are you'],
  thanks: ['thanks', 'thank you', 'thank you very much', 'many thanks', 'thanks for the help', 'great, thanks', 'perfect, thank you', 'ty', 'much appreciated', 'awesome thanks', 'that was helpful'],
  goodbye: ['goodbye', 'bye bye', 'see you', 'see you tomorrow', 'talk to you later', 'later', 'have a nice day', "that's all for now", 'good night', 'ciao', "i'm done, bye"],
  capabilities: ['tell me what you can do', 'what else can you do', 'what do you do', 'how can you help me', 'what can I ask you', 'what are your features', 'show me what you can do', 'what is this bot for', 'who are you', 'how does this work', 'what can you help with', 'options', 'what procedures do you know'],
  'out-of-scope': ['what time is it', 'what is the capital of france', 'sing me a song', 'book a meeting room', 'order a pizza', 'who won the football game', 'write me a poem', 'how old are you', 'what is the meaning of life', 'translate this text', 'reset my windows password', 'is it going to rain', 'play some music', 'recommend a restaurant', 'what is 2 plus 2'],
};
